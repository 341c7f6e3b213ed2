package staffing

import (
	"cmp"
	"slices"
)

// A repeat is a worker whose id an earlier worker already uses.
type repeat struct {
	worker, first int32 // positions in the input, first < worker
}

// repeats returns the workers whose non-empty id an earlier worker uses,
// each with the first worker to use it, in input order. A map from two
// million ids costs a cache miss per lookup; sorting packed hashes is
// several times faster and half the memory. Keys are the top 32 bits of
// an FNV-1a hash above the worker's position, so a radix sort on the
// hash leaves equal hashes in input order. Equal hashes of different
// ids are told apart by comparing the ids themselves, sorted, so even
// crafted collisions cost O(n log n).
func repeats(ws []Worker) []repeat {
	keys := make([]uint64, 0, len(ws))
	for i := range ws {
		if id := ws[i].ID; id != "" {
			keys = append(keys, uint64(fnv32a(id))<<32|uint64(i))
		}
	}
	keys = radixSortHigh(keys)
	var out []repeat
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi]>>32 == keys[lo]>>32 {
			hi++
		}
		if hi-lo > 1 {
			out = appendRepeats(out, ws, keys[lo:hi])
		}
		lo = hi
	}
	slices.SortFunc(out, func(a, b repeat) int { return cmp.Compare(a.worker, b.worker) })
	return out
}

// appendRepeats adds the repeats among run, keys of one hash in input
// order.
func appendRepeats(out []repeat, ws []Worker, run []uint64) []repeat {
	pos := func(k uint64) int32 { return int32(uint32(k)) }
	// Stable by id keeps input order among equal ids.
	slices.SortStableFunc(run, func(a, b uint64) int { return cmp.Compare(ws[pos(a)].ID, ws[pos(b)].ID) })
	id := func(k uint64) string { return ws[pos(k)].ID }
	for first, k := 0, 1; k < len(run); k++ {
		if id(run[k]) != id(run[first]) {
			first = k
		} else {
			out = append(out, repeat{worker: pos(run[k]), first: pos(run[first])})
		}
	}
	return out
}

func fnv32a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// radixSortHigh sorts keys by their top 32 bits, stably, in four passes
// of 8 bits (256 buckets stay in cache), and returns the sorted slice
// (keys or a buffer).
func radixSortHigh(keys []uint64) []uint64 {
	buf := make([]uint64, len(keys))
	for shift := 32; shift < 64; shift += 8 {
		var count [256 + 1]int
		for _, k := range keys {
			count[(k>>shift)&0xff+1]++
		}
		for d := 1; d < len(count); d++ {
			count[d] += count[d-1]
		}
		for _, k := range keys {
			d := (k >> shift) & 0xff
			buf[count[d]] = k
			count[d]++
		}
		keys, buf = buf, keys
	}
	return keys
}
