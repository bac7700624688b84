import { Input } from 'antd';

/** The 6 digits of an authenticator app: numeric keypad on phones, one-time-code autofill. */
export function CodeInput(props: {
  value?: string;
  onChange?: (value: string) => void;
  autoFocus?: boolean;
  'data-testid'?: string;
}) {
  return (
    <Input
      value={props.value}
      onChange={(e) => props.onChange?.(e.target.value.replace(/\D/g, '').slice(0, 6))}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      autoFocus={props.autoFocus}
      size="large"
      placeholder="000000"
      style={{ letterSpacing: '0.4em', fontVariantNumeric: 'tabular-nums', fontSize: 22, textAlign: 'center' }}
      data-testid={props['data-testid']}
    />
  );
}
