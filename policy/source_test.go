package policy_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/policy"
)

// Real citations from the seed documents.
var (
	chongqing = policy.Source{
		Title:  "构建三级体系 赋能社会工作 助推基层社会治理体系和治理能力现代化",
		Issuer: "重庆市民政局",
		Date:   d(2020, time.October, 19),
		Status: policy.StatusReport,
	}
	ordosPlan = policy.Source{
		Title:  "鄂尔多斯市开展“五社联动”工作创新提升基层治理与服务能力实施方案",
		Issuer: "鄂尔多斯市民政局",
		Date:   ordosDay,
		Status: policy.StatusDraft,
	}
)

func TestStatusText(t *testing.T) {
	for _, tc := range []struct {
		s          policy.Status
		text, hans string
	}{
		{policy.StatusUnspecified, "unspecified", "未说明"},
		{policy.StatusInForce, "in-force", "现行有效"},
		{policy.StatusDraft, "draft", "征求意见稿"},
		{policy.StatusPlan, "plan", "规划"},
		{policy.StatusReport, "report", "工作报道"},
	} {
		assert.Equal(t, tc.text, tc.s.String())
		b, err := tc.s.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.text, string(b))

		for _, in := range []string{tc.text, tc.hans} {
			var got policy.Status
			require.NoError(t, got.UnmarshalText([]byte(in)), in)
			assert.Equal(t, tc.s, got, in)
		}
	}

	var s policy.Status
	require.NoError(t, s.UnmarshalText([]byte("徵求意見稿")), "Traditional label")
	assert.Equal(t, policy.StatusDraft, s)

	for _, in := range []string{"", "in force", "In-Force", "现行", "final"} {
		s := policy.StatusPlan
		err := s.UnmarshalText([]byte(in))
		assert.Error(t, err, in)
		assert.Equal(t, policy.StatusPlan, s, "a failed decode leaves %q alone", in)
	}
	err := s.UnmarshalText([]byte("final"))
	assert.EqualError(t, err, `unknown source status "final" (want one of in-force, draft, plan, report)`)

	assert.Equal(t, "source status(9)", policy.Status(9).String())
	_, err = policy.Status(9).MarshalText()
	assert.EqualError(t, err, "invalid source status 9")
}

func TestStatusJSON(t *testing.T) {
	in := []policy.Status{policy.StatusInForce, policy.StatusDraft, policy.StatusPlan, policy.StatusReport}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Equal(t, `["in-force","draft","plan","report"]`, string(b))

	var out []policy.Status
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	require.NoError(t, json.Unmarshal([]byte(`["规划","工作報道"]`), &out))
	assert.Equal(t, []policy.Status{policy.StatusPlan, policy.StatusReport}, out)

	assert.Error(t, json.Unmarshal([]byte(`["adopted"]`), &out))
	assert.Error(t, json.Unmarshal([]byte(`[1]`), &out), "a status is a name, not its number")
	_, err = json.Marshal(policy.Status(5))
	assert.Error(t, err)
}

func TestSourceValidate(t *testing.T) {
	assert.NoError(t, chongqing.Validate())
	assert.NoError(t, ordosPlan.Validate())
	undated := chongqing
	undated.Date = 0
	assert.NoError(t, undated.Validate(), "a report may quote a notice without its date")

	missingAll := "invalid source: title is empty\n" +
		"invalid source: issuer is empty\n" +
		"invalid source: status unspecified is not one of in-force, draft, plan, report"
	for _, tc := range []struct {
		name string
		s    policy.Source
		msg  string
	}{
		{"zero", policy.Source{}, missingAll},
		{"blank", policy.Source{Title: " \t", Issuer: "　", Number: "1号", Clause: "一", URL: "https://example.org"}, missingAll},
		{"no title", func() policy.Source { s := chongqing; s.Title = ""; return s }(),
			"invalid source: title is empty"},
		{"no date, no issuer", func() policy.Source { s := chongqing; s.Date, s.Issuer = 0, ""; return s }(),
			"invalid source: issuer is empty"},
		{"unknown status", func() policy.Source { s := chongqing; s.Status = 7; return s }(),
			"invalid source: status source status(7) is not one of in-force, draft, plan, report"},
	} {
		err := tc.s.Validate()
		require.ErrorIs(t, err, policy.ErrSource, tc.name)
		assert.EqualError(t, err, tc.msg, tc.name)
	}

	// All three problems are there to inspect, not only the first.
	joined, ok := policy.Source{}.Validate().(interface{ Unwrap() []error })
	require.True(t, ok, "Validate joins its errors")
	errs := joined.Unwrap()
	assert.Len(t, errs, 3)
	for _, err := range errs {
		assert.ErrorIs(t, err, policy.ErrSource)
	}
}

func TestSourceCite(t *testing.T) {
	c := chongqing.Cite("三、以多元投入为保障")
	assert.Equal(t, "三、以多元投入为保障", c.Clause)
	assert.Empty(t, chongqing.Clause, "Cite leaves the original alone")
	c.Clause = ""
	assert.Equal(t, chongqing, c, "only the clause differs")
}

func TestSourceString(t *testing.T) {
	guangxi := policy.Source{
		Title:  "广西民政事业发展“十四五”规划",
		Issuer: "广西壮族自治区民政厅、发展改革委",
		Status: policy.StatusPlan,
	}
	for _, tc := range []struct {
		s    policy.Source
		want string
	}{
		{chongqing, "重庆市民政局《构建三级体系 赋能社会工作 助推基层社会治理体系和治理能力现代化》 2020-10-19"},
		{chongqing.Cite("一、以服务体系为突破"),
			"重庆市民政局《构建三级体系 赋能社会工作 助推基层社会治理体系和治理能力现代化》 2020-10-19，一、以服务体系为突破"},
		{guangxi, "广西壮族自治区民政厅、发展改革委《广西民政事业发展“十四五”规划》"},
		// A made-up document, to show where the 文号 goes.
		{policy.Source{Title: "示例通知", Issuer: "某县民政局", Number: "某民发〔2024〕1号", Date: d(2024, time.March, 1), Clause: "第二条"},
			"某县民政局《示例通知》（某民发〔2024〕1号） 2024-03-01，第二条"},
		{policy.Source{}, "《》"},
	} {
		assert.Equal(t, tc.want, tc.s.String())
	}
}

func TestSourceJSON(t *testing.T) {
	in := chongqing.Cite("一、以服务体系为突破")
	const want = `{"title":"构建三级体系 赋能社会工作 助推基层社会治理体系和治理能力现代化",` +
		`"issuer":"重庆市民政局","date":"2020-10-19","clause":"一、以服务体系为突破","status":"report"}`
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Equal(t, want, string(b), "number and url are left out when empty")

	var out policy.Source
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	full := ordosPlan
	full.Number, full.Clause, full.URL = "某民发〔2021〕1号", "（八）", "https://example.org/ordos"
	b, err = json.Marshal(full)
	require.NoError(t, err)
	out = policy.Source{}
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, full, out)

	// A source without a date has no date in JSON, and gets none back.
	undated := policy.Source{Title: "广西民政事业发展“十四五”规划", Issuer: "广西壮族自治区民政厅", Status: policy.StatusPlan}
	b, err = json.Marshal(undated)
	require.NoError(t, err)
	assert.Equal(t, `{"title":"广西民政事业发展“十四五”规划","issuer":"广西壮族自治区民政厅","status":"plan"}`, string(b))
	out = policy.Source{}
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, undated, out)

	// People writing JSON by hand may use the Chinese status label.
	out = policy.Source{}
	require.NoError(t, json.Unmarshal([]byte(`{"title":"t","issuer":"i","date":"2021-11-10","status":"征求意见稿"}`), &out))
	assert.Equal(t, policy.Source{Title: "t", Issuer: "i", Date: ordosDay, Status: policy.StatusDraft}, out)

	err = json.Unmarshal([]byte(`{"title":"t","issuer":"i","date":"2021-11-31","status":"draft"}`), &out)
	assert.True(t, errors.Is(err, policy.ErrDate), "got %v", err)
	err = json.Unmarshal([]byte(`{"title":"t","issuer":"i","date":"2021-11-10","status":"final"}`), &out)
	assert.ErrorContains(t, err, `unknown source status "final"`)
}
