import {
  Badge,
  Body1,
  Caption1,
  Field,
  Input,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { defaultRegion } from "../default-region";
import { useMemo, useState } from "react";
import { RegionField } from "./RegionField";
import type { DatasetIndex } from "../../dataset/query";
import type { PolicyRecord } from "../../model/schema";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: "6px", marginBottom: "8px" },
  // two filters to a row at the pane's narrowest, one beside the other as it widens
  filter: { flexGrow: 1, flexBasis: "110px", minWidth: 0 },
  // a field's control fills its share of the row instead of keeping its own default width
  control: { width: "100%", minWidth: 0 },
  list: { display: "flex", flexDirection: "column", gap: "6px" },
  // a record as a small card: it is read, not acted on, so it needs none of Card's focus handling (and the
  // first screen loads without it)
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    overflowWrap: "anywhere",
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  quote: { color: tokens.colorNeutralForeground2 },
});

export interface DataViewProps {
  index: DatasetIndex;
  strings: Strings;
}

/** 数据: browse and filter records; each shows its quote with the mention highlighted, and its document. */
export function DataView({ index, strings }: DataViewProps) {
  const styles = useStyles();
  const regions = index.regions();
  const [region, setRegion] = useState<string>(defaultRegion(regions));
  const [subject, setSubject] = useState<string>("");
  const [kind, setKind] = useState<"" | "target" | "actual">("");
  const [text, setText] = useState("");
  const records = useMemo(
    () =>
      index
        .find({ region, subject: subject || null, kind: kind || null })
        .filter((r) => !text || r.quote.includes(text) || (r.subject ?? "").includes(text)),
    [index, region, subject, kind, text],
  );
  return (
    <div>
      <div className={styles.filters}>
        <RegionField
          label={strings.region}
          size="small"
          className={styles.filter}
          controlClassName={styles.control}
          regions={regions}
          value={region}
          onChange={(r) => (setRegion(r), setSubject(""))}
        />
        <Field label={strings.subject} size="small" className={styles.filter}>
          <Select className={styles.control} value={subject} onChange={(_, d) => setSubject(d.value)}>
            <option value="">{strings.all}</option>
            {index.subjects(region).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.kind} size="small" className={styles.filter}>
          <Select
            className={styles.control}
            value={kind}
            onChange={(_, d) => setKind(d.value as "" | "target" | "actual")}
          >
            <option value="">{strings.all}</option>
            <option value="target">{strings.target}</option>
            <option value="actual">{strings.actual}</option>
          </Select>
        </Field>
        <Field label={strings.search} size="small" className={styles.filter}>
          <Input className={styles.control} value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
      </div>
      {records.length === 0 ? (
        <Body1>{strings.noRecords}</Body1>
      ) : (
        <div className={styles.list} role="list">
          {records.map((r) => (
            <RecordCard
              key={r.id}
              record={r}
              index={index}
              strings={strings}
              itemClass={styles.item}
              markClass={styles.mark}
              quoteClass={styles.quote}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function RecordCard(props: {
  record: PolicyRecord;
  index: DatasetIndex;
  strings: Strings;
  itemClass: string;
  markClass: string;
  quoteClass: string;
}) {
  const { record: r, index, strings } = props;
  const doc = index.document(r.documentId);
  const mention = doc ? doc.text.slice(r.span[0], r.span[1]) : "";
  const at = mention ? r.quote.indexOf(mention) : -1;
  return (
    <div role="listitem" className={props.itemClass}>
      <Text weight="semibold">
        <Badge appearance="tint" color={r.kind === "target" ? "brand" : "success"}>
          {r.kind === "target" ? strings.target : strings.actual}
        </Badge>{" "}
        {r.subject ?? r.region} {r.indicator ?? ""} {strings[`cmp_${r.comparator}`]} {r.value}
        {r.valueMax !== null ? `~${r.valueMax}` : ""} {r.unit} {r.year ?? ""}
      </Text>
      <Caption1 className={props.quoteClass}>
        {at >= 0 ? (
          <>
            {r.quote.slice(0, at)}
            <mark className={props.markClass}>{mention}</mark>
            {r.quote.slice(at + mention.length)}
          </>
        ) : (
          r.quote
        )}
      </Caption1>
      <Caption1>
        {strings.source}: {[doc?.title, doc?.issuer, doc?.date].filter(Boolean).join(" · ")}
      </Caption1>
    </div>
  );
}
