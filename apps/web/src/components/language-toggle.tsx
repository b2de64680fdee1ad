import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { setLang, type Lang } from '../i18n';

/** Shows the other language's name ("English" / "中文") and switches to it. */
export function LanguageToggle({ ghost = false }: { ghost?: boolean }) {
  const { t } = useTranslation();
  const target = t('lang.switchToLang') as Lang;
  return (
    <Button ghost={ghost} icon={<GlobalOutlined aria-hidden />} onClick={() => void setLang(target)}>
      <span lang={target}>{t('lang.switchTo')}</span>
    </Button>
  );
}
