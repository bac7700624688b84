import { Button, Flex, Typography } from 'antd';
import { useT } from '../../../../app/prefs';

const EXAMPLES = ['search.example1', 'search.example2', 'search.example3', 'search.example4'] as const;

/** Ready-made questions people ask most; one tap searches. */
export function ExampleChips({ onPick, light = false }: { onPick: (q: string) => void; light?: boolean }) {
  const t = useT();
  return (
    <Flex align="center" gap={8} wrap data-testid="search-examples">
      <Typography.Text style={light ? { color: 'inherit' } : undefined} type={light ? undefined : 'secondary'}>
        {t('search.examples')}
      </Typography.Text>
      {EXAMPLES.map((key) => (
        <Button key={key} size="small" shape="round" onClick={() => onPick(t(key))} data-testid="search-example">
          {t(key)}
        </Button>
      ))}
    </Flex>
  );
}
