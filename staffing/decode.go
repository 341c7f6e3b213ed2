package staffing

import (
	"github.com/shegong/shegong/internal/jsonwalk"
)

// DecodeRuleSet reads a rule set from its JSON form (see the package
// documentation for the keys) and validates it as Validate does. Decoding
// is strict: an unknown key (a misspelt "deadlne"), a key given twice, a
// missing required key, a value of the wrong type or an unknown name is a
// problem. Every problem is reported at once, as a policy.Problems whose
// entries carry the JSON path within the rule set ("minimums[2].min") and
// the line and column; a bad name in one rule never hides a bad number in
// another. A problem of validation at the path of a problem of decoding is
// left out, being its consequence.
func DecodeRuleSet(data []byte) (*RuleSet, error) {
	var rs RuleSet
	if err := jsonwalk.Unmarshal(data, &rs, rs.Validate); err != nil {
		return nil, err
	}
	return &rs, nil
}

// EncodeRuleSet writes rs in its canonical JSON form: keys in the
// documented order, indented by two spaces, optional keys left out when
// empty, a final newline. Decoding the result and encoding it again gives
// the same bytes. An invalid rs is refused with Validate's problems.
func EncodeRuleSet(rs *RuleSet) ([]byte, error) {
	if err := rs.Validate(); err != nil {
		return nil, err
	}
	return jsonwalk.Encode(rs)
}
