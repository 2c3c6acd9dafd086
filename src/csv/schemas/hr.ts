import { ageBandIn, coded, date, lenientFlag, money, number, text } from "../../_internal/csvFields.js";
import { sharedDateFields } from "../../_internal/periodFields.js";
import { type Disability, personColumns, personFields } from "../../_internal/personFields.js";
import { WORKER_TYPES, WORKFORCE_AGE_BANDS } from "../../_internal/recordCodes.js";
import type { EthnicGroup, Sex } from "../../types.js";
import type { Schema } from "../types.js";

export type { Disability } from "../../_internal/personFields.js";

/** The workforce a person belongs to; `"Unknown"` for blanks and labels not recognised. */
export type WorkerType = "officer" | "staff" | "pcso" | "special" | "volunteer" | "Unknown";

/** A person from a force's HR (workforce) extract. */
export interface HrRecord {
  /** The employee or payroll number. */
  readonly employeeId: string;
  /** Police officer, police staff, PCSO, special constable or volunteer. */
  readonly workerType: WorkerType;
  /** Rank (officers) or grade (staff), as recorded. */
  readonly rank: string | null;
  /** Sex. */
  readonly sex: Sex;
  /** Self-defined ethnicity, five groups or `"Unknown"`. */
  readonly ethnicity: EthnicGroup;
  /** The ONS 2021 19-category ethnicity, where known. */
  readonly ethnicityDetailed: string | null;
  /** Disability status. */
  readonly disability: Disability;
  /** Religion or belief, as recorded. */
  readonly religion: string | null;
  /** Sexual orientation, as recorded. */
  readonly sexualOrientation: string | null;
  /** Age in years, where an age (not a band) was recorded. */
  readonly age: number | null;
  /** Workforce age band (`"under 25"`, `"25-34"`, `"35-44"`, `"45-54"`, `"55 and over"`) or `"Unknown"`. */
  readonly ageBand: string;
  /** Full-time equivalent (1 = full time). */
  readonly fte: number | null;
  /** Ordinary hourly pay, pounds. */
  readonly hourlyPay: number | null;
  /** Bonus pay in the year, pounds. */
  readonly bonus: number | null;
  /** A full-pay relevant employee (gender pay gap regulations); `null` when not recorded. */
  readonly fullPay: boolean | null;
  /** Start date, `"YYYY-MM-DD"`. */
  readonly startDate: string | null;
  /** Leaving date, `"YYYY-MM-DD"`, or `null` while in post. */
  readonly leaveDate: string | null;
  /** Reason for leaving, as recorded. */
  readonly leaveReason: string | null;
  /** The date the extract describes (e.g. the 31 March pay-gap snapshot), `"YYYY-MM-DD"`, where given. */
  readonly snapshotDate: string | null;
  /** UK financial year of the snapshot date, e.g. `"2023/24"`; `null` without a snapshot date. */
  readonly financialYear: string | null;
  /** Financial quarter of the snapshot date, e.g. `"2023/24 Q4"`; `null` without a snapshot date. */
  readonly quarter: string | null;
  /** Financial year of the start date (joiners), or `null`. */
  readonly startFinancialYear: string | null;
  /** Financial year of the leaving date (leavers), or `null`. */
  readonly leaveFinancialYear: string | null;
}

type Parsed = { date: { year: number; month: number; day: number } } | null;
const periods = (value: unknown) => ((value as Parsed) ? sharedDateFields((value as NonNullable<Parsed>).date) : null);

/**
 * A force's HR (workforce) extract (no public layout exists; these are the package's default
 * column names), read into {@link HrRecord}s, one row per person. Only `employee_id` is required;
 * every other column may be absent. Worker types map common labels ("Police Officer", "Police
 * Staff", "PCSO", "Special Constable", "Police Support Volunteer"); disability maps Yes/No/Prefer
 * not to say to `"Disabled"`, `"Not disabled"`, `"Unknown"`; pay may carry `£` and thousands
 * separators. Hourly pay is not required: specials and volunteers are unpaid. `financialYear`
 * and `quarter` come from an optional `snapshot_date` column. Use `mapping` for other column
 * names; docs/adapters.md lists every column and accepted value.
 *
 * @example
 * ```ts
 * import { hrSchema, parseExtract } from "disproportionality/csv";
 * const csv = "employee_id,Employee Category,sex,hourly_pay\nE1,Police Officer,F,21.40\nE2,Special Constable,M,";
 * const { records } = await parseExtract(csv, hrSchema, { mapping: { workerType: "Employee Category" } });
 * records.map((r) => r.workerType) // => ["officer", "special"]
 * records[0]?.hourlyPay // => 21.4
 * ```
 */
export const hrSchema: Schema<HrRecord> = {
  name: "hr",
  description: "a force HR (workforce) extract",
  columns: {
    employeeId: text(["employee_id", "employee_number", "staff_number", "payroll_number", "person_id", "id"], { required: true }),
    workerType: coded(["worker_type", "employee_type", "staff_type", "workforce", "employee_category"], WORKER_TYPES, { optional: true }),
    rank: text(["rank", "grade", "rank_grade", "rank_or_grade", "job_grade"], { optional: true }),
    ...personColumns("", [""]),
    age: ageBandIn(WORKFORCE_AGE_BANDS)(["age", "age_band", "age_group"], { optional: true }),
    fte: number(["fte", "full_time_equivalent", "fte_value"], { optional: true, min: 0 }),
    hourlyPay: money(["hourly_pay", "hourly_rate", "ordinary_hourly_pay", "hourly_pay_rate"], { optional: true }),
    bonus: money(["bonus", "bonus_pay", "bonus_paid", "bonus_amount"], { optional: true }),
    fullPay: lenientFlag(["full_pay", "full_pay_relevant", "full_pay_relevant_employee", "fpre"], { optional: true }),
    startDate: date(["start_date", "date_joined", "joining_date", "service_start_date"], ["iso", "uk", "excel"], { optional: true }),
    leaveDate: date(["leave_date", "leaving_date", "end_date", "termination_date", "date_left"], ["iso", "uk", "excel"], { optional: true }),
    leaveReason: text(["leave_reason", "leaving_reason", "reason_for_leaving", "termination_reason"], { optional: true }),
    snapshotDate: date(["snapshot_date", "as_at_date", "extract_date", "census_date"], ["iso", "uk", "excel"], { optional: true }),
  },
  toRecord: (v) => {
    const person = personFields(v, "");
    const snapshot = periods(v["snapshotDate"]);
    const start = periods(v["startDate"]);
    const leave = periods(v["leaveDate"]);
    return {
      employeeId: v["employeeId"] as string,
      workerType: v["workerType"] as WorkerType,
      rank: v["rank"] as string | null,
      sex: person.sex,
      ethnicity: person.ethnicity,
      ethnicityDetailed: person.ethnicityDetailed,
      disability: person.disability,
      religion: person.religion,
      sexualOrientation: person.sexualOrientation,
      age: person.age,
      ageBand: person.ageBand,
      fte: v["fte"] as number | null,
      hourlyPay: v["hourlyPay"] as number | null,
      bonus: v["bonus"] as number | null,
      fullPay: v["fullPay"] as boolean | null,
      startDate: start?.date ?? null,
      leaveDate: leave?.date ?? null,
      leaveReason: v["leaveReason"] as string | null,
      snapshotDate: snapshot?.date ?? null,
      financialYear: snapshot?.financialYear ?? null,
      quarter: snapshot?.quarter ?? null,
      startFinancialYear: start?.financialYear ?? null,
      leaveFinancialYear: leave?.financialYear ?? null,
    };
  },
};
