package l10n_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/shegong/shegong/internal/enum"
	"github.com/shegong/shegong/internal/l10n"
)

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		tag  string
		want enum.Lang
	}{
		{"en", enum.En}, {"en-GB", enum.En}, {"fr", enum.En}, {"und", enum.En},
		{"zh", enum.Hans}, {"zh-CN", enum.Hans}, {"zh-Hans", enum.Hans}, {"zh-SG", enum.Hans},
		{"zh-TW", enum.Hant}, {"zh-HK", enum.Hant}, {"zh-Hant", enum.Hant}, {"zh-MO", enum.Hant},
	} {
		assert.Equal(t, tc.want, l10n.Match(language.MustParse(tc.tag)), tc.tag)
	}
}
