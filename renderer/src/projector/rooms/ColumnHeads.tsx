import { useHyphenate } from '../../common/hyphenation/useHyphenate';

/** A projector table's column heads, hyphenated: a long head wraps in its own column. */
export function ColumnHeads({ labels }: { labels: readonly string[] }) {
  const hy = useHyphenate();
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th key={label} scope="col">
            {hy(label)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
