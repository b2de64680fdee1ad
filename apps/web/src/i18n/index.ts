import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';
import { en } from './en';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'yiwang.lang';

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyToDocument(lang: Lang): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang;
  document.title = i18n.t('app.name');
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'zh-CN',
  supportedLngs: LANGS as Lang[],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

i18n.on('languageChanged', (lng) => {
  const lang = currentLang(lng);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this tab only
  }
  applyToDocument(lang);
});
applyToDocument(currentLang());

export function currentLang(lng: string = i18n.language): Lang {
  return lng === 'en' ? 'en' : 'zh-CN';
}

export function setLang(lang: Lang): Promise<unknown> {
  return i18n.changeLanguage(lang);
}

export default i18n;
