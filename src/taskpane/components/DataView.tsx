import {
  Badge,
  Body1,
  Field,
  Input,
  Select,
  makeStyles,
  mergeClasses,
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
  // the typography of Fluent's Text (semibold) and Caption1, as plain elements: a list of records is drawn
  // many times over, and the first screen is drawn with it
  headline: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  caption: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
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
            <RecordCard key={r.id} record={r} index={index} strings={strings} classes={styles} />
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
  classes: Record<"item" | "headline" | "caption" | "mark" | "quote", string>;
}) {
  const { record: r, index, strings, classes } = props;
  const doc = index.document(r.documentId);
  const mention = doc ? doc.text.slice(r.span[0], r.span[1]) : "";
  const at = mention ? r.quote.indexOf(mention) : -1;
  return (
    <div role="listitem" className={classes.item}>
      <span className={classes.headline}>
        <Badge appearance="tint" color={r.kind === "target" ? "brand" : "success"}>
          {r.kind === "target" ? strings.target : strings.actual}
        </Badge>{" "}
        {r.subject ?? r.region} {r.indicator ?? ""} {strings[`cmp_${r.comparator}`]} {r.value}
        {r.valueMax !== null ? `~${r.valueMax}` : ""} {r.unit} {r.year ?? ""}
      </span>
      <span className={mergeClasses(classes.caption, classes.quote)}>
        {at >= 0 ? (
          <>
            {r.quote.slice(0, at)}
            <mark className={classes.mark}>{mention}</mark>
            {r.quote.slice(at + mention.length)}
          </>
        ) : (
          r.quote
        )}
      </span>
      <span className={classes.caption}>
        {strings.source}: {[doc?.title, doc?.issuer, doc?.date].filter(Boolean).join(" · ")}
      </span>
    </div>
  );
}
