import type { ThemeConfig } from 'antd';

/** 政务蓝: the primary colour of the platform; 中国红 is kept for warnings about deadlines. */
export const PRIMARY = '#1e4f9c';

export function themeFor(largeText: boolean): ThemeConfig {
  return {
    token: {
      colorPrimary: PRIMARY,
      colorInfo: PRIMARY,
      colorError: '#c62828',
      borderRadius: 6,
      fontFamily:
        '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
      // 大字模式 (适老化): larger type and larger touch targets.
      fontSize: largeText ? 18 : 14,
      controlHeight: largeText ? 40 : 32,
    },
    components: {
      Layout: { headerBg: PRIMARY, headerPadding: '0 16px', headerColor: '#fff' },
    },
  };
}
