package policy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestDocuments(t *testing.T) {
	docs := Documents()
	require.Len(t, docs, 9)
	for _, d := range docs {
		src := d.Source()
		require.NoError(t, src.Validate(), d.String())
		b, err := d.MarshalText()
		require.NoError(t, err)
		var back Document
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, d, back)
	}
	for _, tc := range []struct {
		d      Document
		issuer string
		date   string
		status Status
	}{
		{Chongqing2020, "重庆市民政局", "2020-10-19", StatusReport},
		{Ordos2021, "鄂尔多斯市民政局", "2021-11-10", StatusDraft},
		{Guangxi14FYP, "广西壮族自治区民政厅、广西壮族自治区发展和改革委员会", "", StatusPlan},
		{InnerMongoliaNotice, "内蒙古自治区民政厅", "", StatusInForce},
		{Suzhou2021, "中國社會工作（微信公眾號）", "2021-11-30", StatusReport},
	} {
		src := tc.d.Source()
		assert.Equal(t, tc.issuer, src.Issuer, tc.d.String())
		assert.Equal(t, tc.date, src.Date.String(), tc.d.String())
		assert.Equal(t, tc.status, src.Status, tc.d.String())
	}
	assert.Equal(t, "三是立标准", Chongqing2020.Cite("三是立标准").Clause)
	assert.Equal(t, Source{}, Document(200).Source())
	assert.Equal(t, Source{}, numDocuments.Source(), "one past the last document")
	assert.Equal(t, "draft for comment", StatusDraft.Label(language.English))
	var d Document
	assert.Error(t, d.UnmarshalText([]byte("beijing")))
}
