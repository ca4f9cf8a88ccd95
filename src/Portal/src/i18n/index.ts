// The portal's texts: pt-BR (default), en and es, in the JSON files beside this one. The language is the one the
// person chose (saved in localStorage by the header's picker), else the browser's, else pt-BR. Every API request
// sends it as Accept-Language, so labels and messages from the API match the page.
import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import es from "./es.json";
import ptBR from "./pt-BR.json";

export const languages = ["pt-BR", "en", "es"] as const;
export type Language = (typeof languages)[number];

/** Each language's name in itself, for the picker. */
export const languageNames: Record<Language, string> = { "pt-BR": "Português (Brasil)", en: "English", es: "Español" };

const storageKey = "posvendas.portal.language";

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { "pt-BR": { translation: ptBR }, en: { translation: en }, es: { translation: es } },
    supportedLngs: [...languages],
    fallbackLng: "pt-BR",
    load: "currentOnly",
    initAsync: false,
    interpolation: { escapeValue: false },
    // Only an explicit choice is saved (chooseLanguage), so a browser's language is not mistaken for one.
    detection: { order: ["localStorage", "navigator"], lookupLocalStorage: storageKey, caches: [] },
  });

export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage;
  return (languages as readonly string[]).includes(resolved ?? "") ? (resolved as Language) : "pt-BR";
}

/** The picker's choice: used at once and remembered in this browser. */
export function chooseLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
}

/**
 * The company's default language (portal settings `defaultLocale`), for a browser that asks for none of the portal's
 * languages and a person who chose none: the detector then only had the pt-BR fallback.
 */
export function applyCompanyLanguage(defaultLocale: string): void {
  if (localStorage.getItem(storageKey) !== null || !(languages as readonly string[]).includes(defaultLocale)) {
    return;
  }
  const asked = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const speaksOne = asked.some((tag) => languages.some((language) => tag.toLowerCase().split("-")[0] === language.toLowerCase().split("-")[0]));
  if (!speaksOne && currentLanguage() !== defaultLocale) {
    void i18n.changeLanguage(defaultLocale);
  }
}

function reflectLanguage(): void {
  document.documentElement.lang = currentLanguage();
}
reflectLanguage();
i18n.on("languageChanged", reflectLanguage);

export default i18n;
