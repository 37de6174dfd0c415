import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './messages/en.json';
import ko from './messages/ko.json';

export type Language = 'ko' | 'en';
const STORAGE_KEY = 'baeum.language';

/** Korean unless the person switched to English before (kept in this browser only). */
function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ko';
}

/** i18next with the two catalogues of ./messages; every text of the app comes from them. */
export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { ko: { translation: ko }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: 'ko',
    // React escapes what it renders; escaping here too would show &amp; in labels.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}

export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
