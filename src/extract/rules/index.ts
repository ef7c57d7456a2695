import { clusterListRule } from "./cluster-list";
import { countRule } from "./count";
import { distributionRule } from "./distribution";
import { eachRule } from "./each";
import { goalRule } from "./goal";
import { goalBracketRule } from "./goal-bracket";
import { fromToRule } from "./from-to";
import { growthRule } from "./growth";
import { measureRule } from "./measure";
import { measureListRule } from "./measure-list";
import { regionListRule } from "./region-list";
import { openMeasureRule } from "./open-measure";
import { placeGrowthRule } from "./place-growth";
import { projectsInvestmentRule } from "./projects-investment";
import { deedAmountRule } from "./deed-amount";
import type { Rule } from "./rule";
import { scaleLabelRule } from "./scale-label";
import { shareRule } from "./share";

/** Tried in this order for each figure; the first that answers wins. Specific shapes before general ones. */
export const RULES: readonly Rule[] = [
  distributionRule, // 分别 lists consume several figures at once
  eachRule, // 均: one figure for each item of a list
  goalRule, // Q的预期目标: a target named inside a report
  goalBracketRule, // …,高于预期目标(达到Q): the goal of the result before it
  measureListRule, // a list of measures and a figure for each, 分别 or not
  regionListRule, // a figure shared by a list of places (round-ups)
  clusterListRule, // lists of clusters before the general measure rule reads the same indicator
  projectsInvestmentRule, // 总投资Q的N个项目: before the scale label reads the projects' size
  scaleLabelRule,
  fromToRule, // 由A提高到B: two figures of one measure
  shareRule, // A占B达N%, before the measure rule reads B as a measure of money
  placeGrowthRule, // a place and its growth, of the measure its passage named (round-ups)
  growthRule,
  measureRule,
  countRule,
  openMeasureRule, // any noun phrase with a predicate, after the lexicon's measures and counted things
  deedAmountRule, // a deed and its object, then an amount in a physical unit (no predicate between)
];
export type { Rule } from "./rule";
