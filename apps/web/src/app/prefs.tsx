import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { en } from '../locales/en';
import { type MessageKey, zhCN } from '../locales/zh-CN';
import { type Lang, setRequestLang } from './request';

const LANG_KEY = 'pfc.lang';
const LARGE_KEY = 'pfc.largeText';
const catalogues: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface Prefs {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** 大字模式 (elderly-friendly larger type). */
  largeText: boolean;
  setLargeText: (on: boolean) => void;
  t: Translate;
}

const PrefsContext = createContext<Prefs | null>(null);

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
function store(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

function initialLang(): Lang {
  return stored(LANG_KEY) === 'en' ? 'en' : 'zh-CN';
}

function applyLang(lang: Lang): void {
  setRequestLang(lang);
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = lang;
}

export function PrefsProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = initialLang();
    applyLang(l);
    return l;
  });
  const [largeText, setLargeState] = useState(() => stored(LARGE_KEY) === '1');

  const setLang = useCallback((next: Lang) => {
    store(LANG_KEY, next);
    applyLang(next);
    setLangState(next);
  }, []);
  const setLargeText = useCallback((on: boolean) => {
    store(LARGE_KEY, on ? '1' : '0');
    setLargeState(on);
  }, []);

  useEffect(() => {
    document.documentElement.classList.toggle('pfc-large', largeText);
  }, [largeText]);

  const t = useCallback<Translate>(
    (key, params) => {
      const template = catalogues[lang][key] ?? key;
      if (!params) return template;
      return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
    },
    [lang],
  );

  const value = useMemo(
    () => ({ lang, setLang, largeText, setLargeText, t }),
    [lang, setLang, largeText, setLargeText, t],
  );
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>;
}

export function usePrefs(): Prefs {
  const prefs = useContext(PrefsContext);
  if (!prefs) throw new Error('usePrefs outside PrefsProvider');
  return prefs;
}

export function useT(): Translate {
  return usePrefs().t;
}
