/**
 * Demo knowledge base of 揭阳市 (issue 4, H4): the policies, FAQs and service guides a 12345 agent
 * reaches for most — 社保, 医保, 户籍, 公积金, 不动产, 营商环境, 城管, 教育入学, 交通, 民政. The texts
 * are written for the demo (general rules, no figures that change yearly); owners are department codes.
 * A few are drafts, archived or out of date on purpose, so the admin page and the filters show them.
 */
export interface SeedArticle {
  /** stable key: the article id is derived from it, so seeding twice adds nothing */
  slug: string;
  kind: 'policy' | 'faq' | 'service_guide';
  title: string;
  body: string;
  categories: string[];
  owner: string;
  status?: 'draft' | 'published' | 'archived';
  validFrom?: string;
  validTo?: string;
  sourceUrl?: string;
}

export const GDZWFW = 'https://www.gdzwfw.gov.cn/';
