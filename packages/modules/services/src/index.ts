// 一网通办 (issue 3): service item catalog, applications and approvals, 容缺/告知承诺, 秒批 rules, 一件事 bundles.
export const SERVICES_MODULE = 'services';
