import { Field, Select } from "@fluentui/react-components";

/** A labelled choice of one of the dataset's regions (数据, 插入目标表, the standalone table). */
export function RegionField({
  label,
  regions,
  value,
  onChange,
  className,
  controlClassName,
  size,
}: {
  label: string;
  regions: string[];
  value: string;
  onChange(region: string): void;
  className?: string;
  controlClassName?: string;
  size?: "small" | "medium";
}) {
  return (
    <Field label={label} size={size} className={className}>
      <Select className={controlClassName} value={value} onChange={(_, d) => onChange(d.value)}>
        {regions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </Select>
    </Field>
  );
}
