// Package tour holds the snippets of the README's tour of the library as
// Example functions, so that they compile and their output is checked;
// TestReadme checks that the README shows each one exactly.
package tour
