package services

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
)

func TestDecodeOutputsRoundTrip(t *testing.T) {
	net := wenzhouNet(t)
	recs := wenzhouRecords(t)
	b, err := json.Marshal(recs)
	require.NoError(t, err)
	d, err := DecodeOutputs(net, b)
	require.NoError(t, err)
	direct, err := NewOutputData(net, recs)
	require.NoError(t, err)
	assert.Equal(t, direct.recs, d.recs)

	var generic []map[string]any
	require.NoError(t, json.Unmarshal(b, &generic))
	first := generic[0]
	assert.Equal(t, "330302001", first["unit"])
	assert.Equal(t, "2023-07-01/2023-12-31", first["period"])
	assert.Equal(t, map[string]any{"cases": 60.0, "group_sessions": 255.0, "activities": 280.0,
		"projects_by_field": map[string]any{"social-assistance": 30.0}}, first["output"])
}

func TestDecodeOutputsProblems(t *testing.T) {
	net := wenzhouNet(t)
	data := `[
		{"unit": "330302001", "period": "2023-01", "output": {"cases": 3}},
		{"unit": "330302001", "period": "2023-13", "output": {"cases": 1}},
		{"unit": "33030200X", "period": "2023-02"},
		{"unit": "330302001", "period": "2023-02", "output": {"cases": -1}, "note": "x", "by": 1},
		"not an object",
		{"period": "2023-03"},
		{"unit": 330302001, "period": "2023-03"},
		{"unit": "330302002", "output": {"cases": "three"}},
		{"unit": "330302001", "period": "2023-01"},
		{"unit": "330302003", "period": "2023-01", "output": {"groups": 2}},
		{"unit": "330302003", "period": "2023-02", "output": null}
	]`
	_, err := DecodeOutputs(net, []byte(data))
	got := problems(t, err)
	wants := []struct {
		record int
		is     error
		text   string
	}{
		{1, policy.ErrPeriod, `period: invalid period "2023-13": want a month YYYY-MM`},
		{2, hierarchy.ErrCode, `unit: invalid division code "33030200X"`},
		{3, ErrRecord, `unknown field(s) "by", "note"`},
		{4, ErrRecord, `want an object, got "not an object"`},
		{5, ErrRecord, "unit is missing"},
		{6, ErrRecord, "unit: want a string, got 330302001"},
		{7, ErrRecord, "period is missing"},
		{7, ErrRecord, "output: json: cannot unmarshal string"},
		{8, policy.ErrOverlap, "record 0 has the same unit and period"},
		{9, ErrRecord, `output: json: unknown field "groups"`},
	}
	require.Len(t, got, len(wants), "%v", &DataError{Problems: got})
	for i, w := range wants {
		assert.Equal(t, w.record, got[i].Index, "problem %d", i)
		assert.ErrorIs(t, &got[i], w.is, "problem %d", i)
		assert.Contains(t, got[i].Error(), w.text, "problem %d", i)
	}
	assert.Equal(t, "record 3 (330302001 2023-02): malformed record: unknown field(s) \"by\", \"note\"", got[2].Error(),
		"a record that does not decode is not checked further: its negative count waits")

	// Decoding problems alone, with no problem building.
	_, err = DecodeOutputs(net, []byte(`[{"unit": "330302001", "period": "soon"}]`))
	got = problems(t, err)
	require.Len(t, got, 1)
	assert.ErrorIs(t, &got[0], policy.ErrPeriod)

	// Building problems alone.
	_, err = DecodeOutputs(net, []byte(`[{"unit": "330302001", "period": "2023-01-01/"}]`))
	got = problems(t, err)
	require.Len(t, got, 1)
	assert.ErrorContains(t, &got[0], "needs both ends")

	d, err := DecodeOutputs(net, []byte(` [ ] `))
	require.NoError(t, err)
	assert.Zero(t, d.Len())
}

func TestDecodeBrokenJSON(t *testing.T) {
	net := wenzhouNet(t)
	for _, tc := range []struct {
		in     string
		record int
		text   string
	}{
		{``, 0, "want an array of records"},
		{`{"unit": "330302001"}`, 0, "want an array of records"},
		{`null`, 0, "want an array of records"},
		{`[{"unit": "330302001", "period": "2023-01"}, {"unit": ]`, 1, "invalid character"},
		{`[{"unit": "330302001", "period": "2023-01"}`, 1, "EOF"},
		{`[] []`, 0, "data after the array"},
	} {
		_, err := DecodeOutputs(net, []byte(tc.in))
		got := problems(t, err)
		require.NotEmpty(t, got, tc.in)
		last := got[len(got)-1]
		assert.Equal(t, tc.record, last.Index, tc.in)
		assert.ErrorIs(t, &last, ErrRecord, tc.in)
		assert.ErrorContains(t, &last, tc.text, tc.in)
	}
	// Problems found before the break are kept.
	_, err := DecodeResources(net, []byte(`[{"unit": "x", "period": "/"}, {`))
	got := problems(t, err)
	require.Len(t, got, 2)
	assert.ErrorIs(t, &got[0], hierarchy.ErrCode)
	assert.Equal(t, 1, got[1].Index)
}

func TestDecodeResources(t *testing.T) {
	net := ordosNet(t)
	recs := ordosRecords()
	b, err := json.Marshal(recs)
	require.NoError(t, err)
	d, err := DecodeResources(net, b)
	require.NoError(t, err)
	direct, err := NewResourceData(net, recs)
	require.NoError(t, err)
	assert.Equal(t, direct.recs, d.recs)

	_, err = DecodeResources(net, []byte(`[
		{"unit": "150603001001", "period": "/", "resources": {"volunteers": -3}},
		{"unit": "150603001001", "period": "2024", "resources": {"lists": {"needs": {"kept": 1}}}},
		{"unit": "150603001002", "period": "2024", "output": {}},
		{"unit": "150699001001", "period": "2024"}
	]`))
	got := problems(t, err)
	require.Len(t, got, 4, "%v", err)
	assert.ErrorIs(t, &got[0], ErrCount)
	assert.ErrorIs(t, &got[1], policy.ErrOverlap)
	assert.Equal(t, 2, got[2].Index)
	assert.ErrorContains(t, &got[2], `unknown field(s) "output"`)
	assert.ErrorIs(t, &got[3], hierarchy.ErrUnknownUnit, "a data error from building is kept beside decoding ones")
}

// TestMergeKeepsOtherErrors checks that an error from building that is not
// a *DataError passes through.
func TestMergeKeepsOtherErrors(t *testing.T) {
	other := errors.New("other")
	assert.Same(t, other, merge([]Problem{{Index: 1, Err: ErrRecord}}, other))
	assert.NoError(t, merge(nil, nil))
}
