import type { ReactNode } from 'react';
import { Button, Card, Form, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { useNotify } from '../components/use-notify';
import { PublicLayout } from '../layouts/public-layout';
import { RegisterAccountFields, RegisterFooter } from './register-account-fields';

/** Fields every registration form has, before the account-kind specific ones. */
export interface AccountValues {
  username: string;
  password: string;
  confirmPassword: string;
}

interface Props<Values> {
  title: string;
  /** Form name; antd derives the field ids (and so the label associations) from it. */
  name: string;
  /** The registration mutation: its error is shown above the form, its progress on the button. */
  mutation: { error: unknown; isPending: boolean };
  onFinish: (values: Values) => void;
  /** The account-kind specific fields, placed after username and password. */
  children: ReactNode;
}

/** Page skeleton shared by citizen and enterprise registration. */
export function RegisterForm<Values extends AccountValues>({ title, name, mutation, onFinish, children }: Props<Values>) {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <Card className="auth-card auth-card-wide">
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        <ErrorAlert error={mutation.error} className="form-alert" />
        <Form<Values> layout="vertical" name={name} onFinish={onFinish}>
          <RegisterAccountFields />
          {children}
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            {t('register.submit')}
          </Button>
        </Form>
        <RegisterFooter />
      </Card>
    </PublicLayout>
  );
}

/** Mutation callbacks for a successful registration: confirm it and continue in the portal. */
export function useRegistered() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  return {
    onSuccess: () => {
      notify.success(t('register.success'));
      navigate('/portal', { replace: true });
    },
  };
}
