package policy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/codectest"
	"github.com/shegong/shegong/policy"
)

func TestEnumShapes(t *testing.T) {
	unspecified := policy.StatusUnspecified
	codectest.Enum(t, codectest.EnumCase[policy.Status]{Listed: policy.Statuses(), Invalid: policy.Status(5), Placeholder: &unspecified,
		Want: []string{"in-force", "draft", "plan", "report"}})
	none := policy.DocUnspecified
	codectest.Enum(t, codectest.EnumCase[policy.Document]{Listed: policy.Documents(), Invalid: policy.Document(10), Placeholder: &none,
		Want: []string{"chongqing-2020", "ordos-2021", "inner-mongolia-notice", "langxi-2023", "langxi-allowance", "guangxi-14fyp",
			"wenzhou", "jiajiang", "suzhou-2021"}})
	assert.Equal(t, "重庆2020", policy.Chongqing2020.Label(language.MustParse("zh-CN")))
	assert.Equal(t, "蘇州2021", policy.Suzhou2021.Label(language.MustParse("zh-TW")))
	assert.Equal(t, "Suzhou 2021", policy.Suzhou2021.Label(language.MustParse("en-US")))
	assert.Equal(t, "work report", policy.StatusReport.Label(language.English))
}
