// Package dataset reads the documented data sets — networks, rosters,
// funding plans, population tables, five-society resources and service
// output — from a caller's io.Reader, as the files bureaus exchange them:
// CSV in UTF-8 (with or without a byte-order mark), UTF-16 with a
// byte-order mark or GB18030/GBK, and JSON. Workbooks (XLSX) are read by
// the subpackage dataset/xlsx, so that a program that needs no workbook
// never links their reader.
//
// Every reader reports every problem of a file at once, as a
// policy.Problems: a cell that does not parse is named by its record and
// column ("[41].population") with its line and column in the file, and the
// rest of the row and the file is still read; the record-level checks
// (duplicate codes, orphans, cycles, unknown units) then run on the
// records that parsed, their problems naming each record's line.
//
// A table's header row may stand below title rows: the first row among the
// first MaxTitleRows+1 that names every required column is the header.
// Header cells are matched without regard to case or surrounding space,
// against the machine names and the Chinese headers each format lists.
//
// Enumerated cells (kinds, roles, facilities, certificate levels, …) take
// the machine name, the zh-Hans or zh-Hant label, or a common short form:
// for example 社工 and 社会工作者 for the role social-worker, 社工站 for a
// station, 街道 for a subdistrict, 村委会 for a village committee. An
// unknown word is refused with the list of accepted words.
package dataset
