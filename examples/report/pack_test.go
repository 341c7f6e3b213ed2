package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shegong/shegong/jurisdiction"
)

// -dump writes the pack file, which -policy reads back: the report and
// the cases of the file are those of the built-in pack.
func TestDumpCheckAndPackFile(t *testing.T) {
	code, dumped, errs := runReport(t, "-policy", "suzhou", "-dump")
	require.Equal(t, exitOK, code, errs)
	want, err := jurisdiction.MustLoad("suzhou").Encode()
	require.NoError(t, err)
	assert.Equal(t, string(want), dumped)

	path := filepath.Join(t.TempDir(), "mine.json")
	require.NoError(t, os.WriteFile(path, []byte(dumped), 0o600))
	code, out, errs := runReport(t, "-policy", path, "-check")
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "pass               sz-stations-94: 94%")
	assert.Contains(t, out, "not reproducible   sz-rooms-1102: the report gives 1,102 rooms")
	assert.Contains(t, out, "suzhou: 4 cases, 2 pass, 0 fail, 2 not reproducible\n")

	_, fromFile, _ := runReport(t, "-policy", path)
	_, builtin, _ := runReport(t, "-policy", "suzhou")
	assert.Equal(t, builtin, fromFile)

	// A wrong figure fails, shows the difference and exits non-zero.
	bad := strings.Replace(dumped, `"want": "94%"`, `"want": "95%"`, 1)
	require.NoError(t, os.WriteFile(path, []byte(bad), 0o600))
	code, out, _ = runReport(t, "-policy", path, "-check")
	assert.Equal(t, exitInput, code)
	assert.Contains(t, out, "fail               sz-stations-94: got 94%, want 95%")
	assert.Contains(t, out, "suzhou: 4 cases, 1 pass, 1 fail, 2 not reproducible\n")

	// Chinese labels with -lang.
	_, out, _ = runReport(t, "-policy", "langxi", "-check", "-lang", "zh-Hans")
	assert.Contains(t, out, "通过")

	// A bad pack file names the path of each problem.
	bad = strings.Replace(dumped, `"min": 3`, `"min": -3`, 1)
	bad = strings.Replace(bad, `"format": 1`, `"format": 1, "nmae": "x"`, 1)
	require.NoError(t, os.WriteFile(path, []byte(bad), 0o600))
	code, _, errs = runReport(t, "-policy", path)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "nmae")
	assert.Contains(t, errs, "staffing")

	code, _, errs = runReport(t, "-policy", filepath.Join(t.TempDir(), "none.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "-policy: open")

	// The two packs with no rules of their own still report.
	for _, id := range []string{"wenzhou", "jiajiang"} {
		code, _, errs = runReport(t, "-policy", id)
		assert.Equal(t, exitOK, code, errs)
	}
}
