import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/i18n.js';

/** One button: 한국어 <-> English, named in the language it switches to. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'ko' ? 'en' : 'ko';
  return (
    <button
      type="button"
      className="language-switch"
      lang={next}
      data-switch-language={next}
      onClick={() => void switchLanguage(next)}
    >
      {t('app.switchTo')}
    </button>
  );
}
