package funding

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/shegong/shegong/metrics"
)

// Yuan is the unit of every amount of money in this package, as
// metrics.ParseQuantity reads it from "3250 万元".
const Yuan = "元"

// fen returns a non-negative amount in yuan as whole fen.
func fen(yuan decimal.Decimal) (int64, error) {
	if yuan.IsNegative() {
		return 0, fmt.Errorf("%w: %s yuan is negative", metrics.ErrMoney, yuan)
	}
	return metrics.ToFen(yuan)
}

// checkAmount reports why q cannot be an amount of money: a unit other
// than yuan, a negative value, a fraction of a fen.
func checkAmount(q metrics.Quantity) error {
	if q.Unit != Yuan {
		return fmt.Errorf("%w: unit %q is not %s", metrics.ErrMoney, q.Unit, Yuan)
	}
	_, err := fen(q.Value)
	return err
}
