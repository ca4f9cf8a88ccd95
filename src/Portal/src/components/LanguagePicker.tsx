// The header's language picker: a labelled <select>. The choice is remembered and sent as Accept-Language.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { chooseLanguage, currentLanguage, languageNames, languages, type Language } from "../i18n";

export function LanguagePicker() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t("language.label")}</label>
      <select id={id} value={currentLanguage()} onChange={(event) => chooseLanguage(event.target.value as Language)}>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
