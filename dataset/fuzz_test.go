package dataset

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shegong/shegong/hierarchy"
	"github.com/shegong/shegong/policy"
	"github.com/shegong/shegong/staffing"
)

func FuzzDecode(f *testing.F) {
	f.Add([]byte("code,name\n500101,万州区\n"), uint8(0))
	f.Add([]byte{0xff, 0xfe, 'a', 0, 0x00, 0xd8}, uint8(0))
	f.Add([]byte{0xb4, 0xfa, 0xc2, 0xeb, 0x81}, uint8(4))
	f.Fuzz(func(t *testing.T, data []byte, enc uint8) {
		out, got, err := Decode(data, Encoding(enc%6))
		if err != nil {
			var p *policy.Problem
			if Encoding(enc%6) <= GB18030 && !isProblem(err, &p) {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("%s gave invalid UTF-8", got)
		}
		if got == UTF8 && Encoding(enc%6) == Detect && !bytes.Equal(out, bytes.TrimPrefix(data, bomUTF8)) {
			t.Fatal("UTF-8 changed")
		}
	})
}

func isProblem(err error, p **policy.Problem) bool {
	q, ok := err.(*policy.Problem) //nolint:errorlint // Decode returns the problem itself
	*p = q
	return ok && q.Line > 0 && q.Column > 0
}

// FuzzTable reads any bytes as a table: no panic, and every cell's
// position is inside the text.
func FuzzTable(f *testing.F) {
	f.Add([]byte("a,\"b\"\"c\",\"多\n行\"\r\n1,2\n"))
	f.Add([]byte("\"open"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := CSVBytes(data, Detect)
		if err != nil {
			return
		}
		lines := 1 + bytes.Count(tab.data, []byte{'\n'})
		for tab.Next() {
			for i := range tab.Len() + 1 {
				l, c := tab.Pos(i)
				if l < 1 || l > lines || c < 1 {
					t.Fatalf("cell %d at %d:%d of %d lines", i, l, c, lines)
				}
			}
		}
	})
}

// FuzzReaders gives any bytes to every reader, as CSV and as JSON.
func FuzzReaders(f *testing.F) {
	f.Add([]byte("code,name\n500101,万州区\n"))
	f.Add([]byte(`[{"code":"500101","name":"万州区","facilty":1}]`))
	f.Add([]byte(`{"mix":{},"allocation":{"method":"equal"}}`))
	f.Fuzz(func(_ *testing.T, data []byte) {
		for _, in := range []func() Input{
			func() Input { return FromCSV(bytes.NewReader(data), Detect) },
			func() Input { return FromJSON(bytes.NewReader(data)) },
		} {
			recs := ReadNetwork(in())
			_, _ = BuildNetwork(recs)
			_ = JoinPopulation(recs, ReadPopulation(in()))
			_ = ReadRoster(in()).Err()
			_ = ReadOutputs(in()).Err()
			_ = ReadResources(in()).Err()
		}
		_, _ = ReadFunding(bytes.NewReader(data))
	})
}

// FuzzNetworkRoundTrip builds records from fuzzed values, writes them as
// CSV (and JSON) and reads them back.
func FuzzNetworkRoundTrip(f *testing.F) {
	f.Add(uint32(101), "万州区", int64(1656300), uint8(1), uint8(3), uint16(1000))
	f.Add(uint32(5), "a,\"b\"\nc", int64(0), uint8(0), uint8(0), uint16(0))
	f.Fuzz(func(t *testing.T, county uint32, name string, pop int64, kind, facility uint8, since uint16) {
		name = strings.TrimSpace(name)
		if name == "" || !utf8.ValidString(name) || strings.ContainsAny(name, "\r\u3000\u00a0") || pop < 0 {
			return
		}
		code, err := hierarchy.ParseCode(strconv.Itoa(110000 + int(county%890000)))
		if err != nil {
			return
		}
		r := hierarchy.Record{Code: code, Name: name, Population: pop}
		if k := hierarchy.UnitKind(kind); k.Valid() {
			r.Kind = k
		}
		if fc := hierarchy.Facility(facility); fc.Valid() {
			r.Facility = fc
			r.Since = policy.MustDate(2000, 1, 1) + policy.Date(since)
		}
		var buf bytes.Buffer
		if err := WriteNetworkCSV(&buf, []hierarchy.Record{r}); err != nil {
			t.Fatal(err)
		}
		recs := ReadNetwork(FromCSV(&buf, Detect))
		if recs.Err() != nil || len(recs.Items) != 1 || recs.Items[0] != r {
			t.Fatalf("CSV: %v: %+v, want %+v", recs.Err(), recs.Items, r)
		}
		js, err := json.Marshal([]hierarchy.Record{r})
		if err != nil {
			t.Fatal(err)
		}
		recs = ReadNetwork(FromJSON(bytes.NewReader(js)))
		if recs.Err() != nil || len(recs.Items) != 1 || recs.Items[0] != r {
			t.Fatalf("JSON %s: %v: %+v, want %+v", js, recs.Err(), recs.Items, r)
		}
	})
}

// FuzzRosterRoundTrip builds a worker from fuzzed values, writes it as
// CSV and JSON and reads it back.
func FuzzRosterRoundTrip(f *testing.F) {
	f.Add("A01", "李明", uint8(1), uint8(1), uint8(2), uint16(100), uint16(500), uint16(0))
	f.Fuzz(func(t *testing.T, id, name string, role, emp, prior uint8, joined, cert, left uint16) {
		id, name = strings.TrimSpace(id), strings.TrimSpace(name)
		for _, s := range []string{id, name} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\u3000\u00a0") {
				return
			}
		}
		if id == "" {
			return
		}
		w := staffing.Worker{ID: id, Name: name, Unit: hierarchy.MustParseCode("500101"),
			Role: staffing.Role(role), Employment: staffing.Employment(emp), Prior: staffing.CertLevel(prior),
			Joined: policy.MustDate(2000, 1, 1) + policy.Date(joined)}
		if !w.Role.Valid() || w.Role == 0 || !w.Employment.Valid() || !w.Prior.Valid() {
			return
		}
		if cert > 0 && w.Prior < staffing.Senior {
			w.Certified[w.Prior+1] = w.Joined + policy.Date(cert)
		}
		if left > 0 {
			w.Left = w.Joined + policy.Date(left)
		}
		var buf bytes.Buffer
		if err := WriteRosterCSV(&buf, []staffing.Worker{w}); err != nil {
			t.Fatal(err)
		}
		recs := ReadRoster(FromCSV(&buf, Detect))
		if recs.Err() != nil || len(recs.Items) != 1 || recs.Items[0] != w {
			t.Fatalf("CSV: %v: %+v, want %+v", recs.Err(), recs.Items, w)
		}
		js, err := json.Marshal([]staffing.Worker{w})
		if err != nil {
			t.Fatal(err)
		}
		recs = ReadRoster(FromJSON(bytes.NewReader(js)))
		if recs.Err() != nil || len(recs.Items) != 1 || recs.Items[0] != w {
			t.Fatalf("JSON %s: %v: %+v, want %+v", js, recs.Err(), recs.Items, w)
		}
	})
}

// FuzzPopulationJSON reaches valid population documents from fuzzed
// values and checks the join sets what they say.
func FuzzPopulationJSON(f *testing.F) {
	f.Add(uint32(101), int64(5), "江城区")
	f.Fuzz(func(t *testing.T, county uint32, pop int64, name string) {
		code, err := hierarchy.ParseCode(strconv.Itoa(110000 + int(county%890000)))
		if err != nil || pop < 0 {
			return
		}
		js, err := json.Marshal([]Population{{Code: code, Name: name, Population: pop}})
		if err != nil {
			t.Fatal(err)
		}
		net := &Records[hierarchy.Record]{Items: []hierarchy.Record{{Code: code, Name: "x"}}}
		if err := JoinPopulation(net, ReadPopulation(FromJSON(bytes.NewReader(js)))); err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		if net.Items[0].Population != pop {
			t.Fatalf("population %d, want %d", net.Items[0].Population, pop)
		}
	})
}
