// Package incentives computes what social workers are owed under a
// jurisdiction's incentive schedule: one-time bonuses on obtaining a
// certificate, monthly stipends by certificate level, fixed awards to
// named people, and salary floors.
//
// # Schedules
//
// A Schedule is data: rules (Bonus, Stipend, Award, Floor), each with a
// policy.Versioned series of amounts, every version with the days it is in
// force and the policy.Source that set it. A revision is a new version from
// its date (Versioned.Supersede); a what-if is a modified copy (a reform),
// compared with its baseline by Compare. Presets reproduce Langxi's bonuses of 1,000 / 2,000 / 3,000
// yuan, its cadre stipends of 100 / 300 / 500 yuan a month and its salary
// floor of 50,000 yuan a year, and Chongqing's award of 300,000 yuan to each
// 名家名师. A schedule decodes from JSON with DecodeSchedule, strictly and
// validated, every problem reported at once.
//
// The same model expresses what other cities do: a top-up of the difference
// on upgrade (UpgradeDifference), a cap on the bonuses one person receives
// (BonusTerms.Cap), a stipend for some levels only (a level without an
// amount), pay-grade steps (Rates.Grades and Rates.PerGrade, the highest
// level counting, not the sum).
//
// Where the documents are silent the choice is an explicit option whose
// zero value is the documented default: PartialMonth (WholeMonthIfFirst),
// Leaving (LeaveProRata), Upgrade (UpgradeFull), Once (OncePerLevel). Every
// pro-rata amount is rounded to the fen once, by the schedule's named
// metrics.Rounding (HalfUp, 四舍五入, by default).
//
// # JSON form
//
// A Schedule has one JSON form, read by DecodeSchedule (and json.Unmarshal,
// which calls it) and written canonically by EncodeSchedule (keys in this
// order; a key marked optional is left out when empty or the default;
// every other key is required):
//
//	jurisdiction  string
//	rounding      optional, a metrics.Rounding name; half-up when left out
//	bonuses       optional, array of {id, roles (optional), upgrade (optional), once (optional), terms}
//	stipends      optional, array of {id, roles (optional), partial_month (optional), leaving (optional), rates}
//	awards        optional, array of {id, title, amount}
//	floors        optional, array of {id, roles (optional), annual}
//
// terms, rates, amount and annual are arrays of versions {period, value,
// source}: period a policy.Period ("2024-01-01/", "/" for always), source
// a policy.Source {title, issuer, number, date, clause, status, url}, and
// value a bonus's {amounts, cap (optional)}, a stipend's {monthly,
// per_grade, grades} (each optional), or an amount in yuan as a string
// ("300000"). amounts and monthly are objects from certificate level
// (junior, intermediate, senior) to yuan; grades from level to a whole
// number. Problems are reported with paths relative to the schedule, such
// as "stipends[0].rates[1].value".
//
// # Computations
//
// Payroll computes a roster's line items over any bounded period (a month,
// a quarter, a year, a range of days) with totals per worker, per unit and
// subtree (rolled up with hierarchy.Sum), per kind, per level and in all.
// Amounts are int64 fen inside, with overflow checks, and decimal yuan at
// the API, so line items sum to every total exactly. A LineItem is a small
// value without strings or pointers that refers to its rule; the Payroll
// supplies the rule's id, its Source and a description in English,
// Simplified or Traditional Chinese (Describe). TotalsOnly skips the line
// items for national runs.
//
// Units are named by hierarchy.Code (Payroll.Own, Payroll.Subtree), workers
// by their position on the roster.
//
// CheckFloors holds annual pay against the salary floors; Forecast budgets a
// year month by month; Compare(baseline, reform, roster, period) sets a
// reform beside its baseline, each Change by kind, level and in total with
// its Baseline, Reform and Diff. Awards are granted to named workers on a
// date, as input (WithGrants, a Grant each).
//
// Errors: ErrSchedule wraps every problem of a schedule (each rule's as a
// *RuleError with its list and Index), ErrGrant every *GrantError (with the
// Index of the grant), ErrPay every *PayError; a sum past int64 fen wraps
// metrics.ErrOverflow.
//
// # Concurrency
//
// Computations read the Schedule and the roster and write nothing of
// theirs. Their results are immutable after they return, so any number of
// goroutines may read one at once: Payroll (Items and WorkerItems iterate
// over it, Describe and Line build new values), LineItem, Line, Totals,
// Forecast, Comparison, Change, FloorCheck and FloorResult. A Schedule is a
// plain value: reading it from several goroutines is safe, writing to it
// while another goroutine computes with it is a race.
//
// Everything is pure and deterministic: dates and periods are arguments,
// results come in roster order.
package incentives
