package dataset

import (
	"errors"
	"fmt"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

// A Population is one row of a population table: a division's resident
// population, such as a census figure for a county or a township.
type Population struct {
	Code       hierarchy.Code `json:"code"`
	Name       string         `json:"name,omitempty"`
	Population int64          `json:"population"`
}

var populationSchema = newSchema(
	field[Population]{name: "code", headers: []string{"代码", "代碼", "区划代码", "區劃代碼", "统计用区划代码"}, required: true,
		set: func(p *Population, b []byte, _ *notes) error { return p.Code.UnmarshalText(b) }},
	field[Population]{name: "name", headers: []string{"名称", "名稱", "区划名称"},
		set: func(p *Population, b []byte, _ *notes) error { p.Name = string(b); return nil }},
	field[Population]{name: "population", headers: []string{"人口", "常住人口", "人口数", "人口數"}, required: true,
		set: func(p *Population, b []byte, _ *notes) (err error) { p.Population, err = parseCount(b); return err }},
)

// ReadPopulation reads a population table: a header (possibly below title
// rows), then one division a row, with the columns code (代码, 区划代码),
// population (人口, 常住人口, 人口数) and optionally name (名称), whose
// text is not checked; or JSON, an array of objects with the keys code,
// population and name. Populations are whole numbers, thousands
// separators allowed.
func ReadPopulation(in Input) *Records[Population] { return read(in, populationSchema) }

// ErrNoMatch is wrapped by the problem about a population row whose code
// is not among the records it is joined onto.
var ErrNoMatch = errors.New("no division with this code")

// JoinPopulation sets the population of each record of net that pop has a
// row for, replacing any it had. The error, a policy.Problems, lists the
// problems of reading pop, each row whose code matches no record and each
// code given twice (the first row is used), naming the row's line.
func JoinPopulation(net *Records[hierarchy.Record], pop *Records[Population]) error {
	problems := pop.Problems()
	at := make(map[hierarchy.Code]int, len(net.Items))
	for i, r := range net.Items {
		at[r.Code] = i
	}
	seen := make(map[hierarchy.Code]int, len(pop.Items))
	for i, p := range pop.Items {
		if first, dup := seen[p.Code]; dup {
			problems = append(problems, policy.Problem{Path: itemPath(pop.Row(i), "code"), Line: pop.Line(i),
				Err: fmt.Errorf("%w: %s is also on line %d", hierarchy.ErrDuplicate, p.Code, pop.Line(first))})
			continue
		}
		seen[p.Code] = i
		j, ok := at[p.Code]
		if !ok {
			problems = append(problems, policy.Problem{Path: itemPath(pop.Row(i), "code"), Line: pop.Line(i),
				Err: fmt.Errorf("%w: %s", ErrNoMatch, p.Code)})
			continue
		}
		net.Items[j].Population = p.Population
	}
	return problems.Err()
}
