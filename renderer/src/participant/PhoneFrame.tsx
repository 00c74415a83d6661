import type { ReactNode } from 'react';
import { LANGUAGES } from '../../../shared/languages';
import { useHyphenateIn } from '../common/hyphenation/useHyphenateIn';
import { phoneI18n, usePhoneText } from './i18n/phoneI18n';
import { rememberLanguage } from './phoneLanguage';
import type { KeyValueStore } from './phoneStorage';

/** Header (meeting, who I am, language) and the page body, sized for a phone held in one hand. */
export function PhoneFrame({
  title,
  me,
  store,
  phase,
  children,
}: {
  title: string;
  me: { name: string; organisation: string } | null;
  store: KeyValueStore | null;
  phase?: string;
  children: ReactNode;
}) {
  const { t, language } = usePhoneText();
  const hy = useHyphenateIn(language);
  return (
    <div className="phone" data-testid="phone-root" data-phase={phase ?? 'none'}>
      <header className="phone-header">
        <div className="phone-heading">
          <p className="phone-brand">{t('app.name')}</p>
          {title ? (
            <h1 className="phone-title" data-testid="phone-workshop-title">
              {hy(title)}
            </h1>
          ) : null}
          {me ? (
            <p className="phone-me" data-testid="phone-me">
              {t('me', { name: me.name })}
            </p>
          ) : null}
        </div>
        <div className="phone-language" role="group" aria-label={t('language.label')}>
          {LANGUAGES.map((lang) => (
            <button
              key={lang}
              type="button"
              lang={lang}
              className="phone-language-button"
              data-testid={`phone-language-${lang}`}
              aria-pressed={language === lang}
              onClick={() => {
                void phoneI18n.setLanguage(lang);
                rememberLanguage(store, lang);
              }}
            >
              {lang.toUpperCase()}
              <span className="visually-hidden"> {t(`language.${lang}`)}</span>
            </button>
          ))}
        </div>
      </header>
      <main className="phone-body">{children}</main>
    </div>
  );
}
