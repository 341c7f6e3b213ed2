package funding

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/metrics"
	"github.com/shegong/shegong/policy"
)

// An Earmark is a rule "Share of fund Fund goes to Purpose", such as
// Chongqing's 1% of social assistance funds for grassroots assistance
// handling capacity.
type Earmark struct {
	Fund    string        `json:"fund"`
	Share   metrics.Ratio `json:"share"`
	Purpose string        `json:"purpose"`
	Source  policy.Source `json:"source"`
}

// ErrEarmark is wrapped by errors about an invalid earmark.
var ErrEarmark = errors.New("invalid earmark")

// Validate reports every problem of e at once: a blank fund or purpose, a
// share outside (0, 1], an invalid source.
func (e Earmark) Validate() error {
	var errs []error
	for _, p := range e.problems() {
		errs = append(errs, p.Err)
	}
	return errors.Join(errs...)
}

// problems returns every problem of e, at the paths of its JSON form.
func (e Earmark) problems() policy.Problems {
	var ps policy.Problems
	if strings.TrimSpace(e.Fund) == "" {
		ps = append(ps, policy.Problem{Path: "fund", Err: fmt.Errorf("%w: fund is empty", ErrEarmark)})
	}
	if strings.TrimSpace(e.Purpose) == "" {
		ps = append(ps, policy.Problem{Path: "purpose", Err: fmt.Errorf("%w: purpose is empty", ErrEarmark)})
	}
	if e.Share.Sign() <= 0 || e.Share.Cmp(metrics.Fraction(decimal.NewFromInt(1))) > 0 {
		ps = append(ps, policy.Problem{Path: "share", Err: fmt.Errorf("%w: share %s is not more than 0 and at most 1", ErrEarmark, e.Share)})
	}
	if err := e.Source.Validate(); err != nil {
		ps = append(ps, policy.Problem{Path: "source", Err: fmt.Errorf("%w: source: %w", ErrEarmark, err)})
	}
	return ps
}

// Of returns the earmarked part of a fund of the given amount, rounded to
// the fen by r (exactly: 1/3 of 100 yuan is 33.33 by HalfUp and 33.34 by
// Up). The result keeps the fund's qualifier: 1% of about 200 million is
// about 2 million. A part of a bound ("more than", "fewer than") is
// rounded by its qualifier instead, whatever r, so that the statement
// stays true: 1% of more than 100.50 yuan is more than 1.00, not 1.01.
func (e Earmark) Of(fund metrics.Quantity, r metrics.Rounding) (metrics.Quantity, error) {
	errs := []error{e.Validate()}
	if err := checkAmount(fund); err != nil {
		errs = append(errs, fmt.Errorf("%w: fund amount: %w", ErrEarmark, err))
	}
	if !r.Valid() {
		errs = append(errs, fmt.Errorf("%w: rounding %s", ErrEarmark, r))
	}
	if err := errors.Join(errs...); err != nil {
		return metrics.Quantity{}, err
	}
	v := fenOf(e.Share.Times(fund.Value), fund.Qualifier, r)
	return metrics.Quantity{Value: v, Unit: Yuan, Qualifier: fund.Qualifier}, nil
}

// fenOf rounds x, an amount in yuan that carries q, to the fen: by r for an
// exact or approximate ("about") figure, and by q for a bound, which only
// stays true rounded away from the side it bounds.
func fenOf(x metrics.Ratio, q metrics.Qualifier, r metrics.Rounding) decimal.Decimal {
	if q != metrics.Exact && q != metrics.About {
		return q.Round(x, 2)
	}
	return r.FenOf(x)
}

// A Basis is what a per-capita figure divides by.
type Basis uint8

// The bases.
const (
	PerResident Basis = iota // 人均: per resident
	PerStation               // 站均: per station
	PerWorker                // 每名社工: per social worker
)

var basisNames = enum.New[Basis]("per-capita basis",
	enum.Name{Text: "resident", En: "per resident", Hans: "人均", Hant: "人均"},
	enum.Name{Text: "station", En: "per station", Hans: "站均", Hant: "站均"},
	enum.Name{Text: "social-worker", En: "per social worker", Hans: "每名社工", Hant: "每名社工"},
)

// Bases lists the bases in order.
func Bases() []Basis { return basisNames.Listed() }

// String returns b's machine name, such as "station".
func (b Basis) String() string { return basisNames.String(b) }

// Label returns b's name in the language closest to l.
func (b Basis) Label(l language.Tag) string { return basisNames.Label(b, l) }

// Valid reports whether b is one of the named bases.
func (b Basis) Valid() bool { return basisNames.Valid(b) }

// MarshalText encodes b as its machine name, such as "station".
func (b Basis) MarshalText() ([]byte, error) { return basisNames.Marshal(b) }

// UnmarshalText decodes a machine name or a Chinese label.
func (b *Basis) UnmarshalText(text []byte) error {
	return enum.Unmarshal(basisNames, b, text)
}

// A PerCapita is an amount of money divided over a count of residents,
// stations or social workers.
type PerCapita struct {
	Basis  Basis
	Amount metrics.Quantity
	Count  int64
	Rate   metrics.Ratio // yuan per unit, exact
}

// ErrPerCapita is wrapped by errors about a per-capita figure that cannot
// be computed.
var ErrPerCapita = errors.New("invalid per-capita figure")

// Per returns amount per unit of count: 3 million yuan over 12 stations is
// 250,000 yuan per station.
func Per(amount metrics.Quantity, count int64, b Basis) (PerCapita, error) {
	var errs []error
	if err := checkAmount(amount); err != nil {
		errs = append(errs, fmt.Errorf("%w: amount: %w", ErrPerCapita, err))
	}
	if count <= 0 {
		errs = append(errs, fmt.Errorf("%w: count %d is not positive", ErrPerCapita, count))
	}
	if !b.Valid() {
		errs = append(errs, fmt.Errorf("%w: basis %s", ErrPerCapita, b))
	}
	if err := errors.Join(errs...); err != nil {
		return PerCapita{}, err
	}
	rate, _ := metrics.NewRatio(amount.Value, decimal.NewFromInt(count)) // count > 0
	return PerCapita{Basis: b, Amount: amount, Count: count, Rate: rate}, nil
}

// Yuan returns the rate rounded to the fen by r, or, when the amount is a
// bound ("more than 3 million"), by its qualifier, so that "more than
// Yuan per station" stays true.
func (p PerCapita) Yuan(r metrics.Rounding) decimal.Decimal {
	return fenOf(p.Rate, p.Amount.Qualifier, r)
}

// Approximate reports whether the figure rests on an approximate amount.
func (p PerCapita) Approximate() bool { return p.Amount.Qualifier.Approximate() }
