// list.sort: CPython 3.11's timsort (listsort in Objects/listobject.c, with the
// powersort merge policy), ported step by step. Only `<` is used, and the
// comparisons happen in CPython's order, so a failing or printing __lt__ and
// mixed-type errors behave exactly as in CPython.
#include <cstring>
#include <vector>

#include "objects/abstract.h"
#include "objects/builtin_types.h"
#include "objects/context.h"
#include "objects/exception.h"
#include "objects/tuple.h"

namespace ys::objects {

namespace {

constexpr int64_t kMinGallop = 7;

// Keys and (with a key function) the values they were computed from, moved in
// step (CPython's sortslice). Values are borrowed: the list keeps them alive.
struct SortSlice {
    Value* keys;
    Value* values;  // null when the keys are the values

    void advance(int64_t n) {
        keys += n;
        if (values) values += n;
    }
};

void slice_copy(SortSlice* s1, int64_t i, const SortSlice* s2, int64_t j) {
    s1->keys[i] = s2->keys[j];
    if (s1->values) s1->values[i] = s2->values[j];
}

void copy_incr(SortSlice* dst, SortSlice* src) {
    *dst->keys++ = *src->keys++;
    if (dst->values) *dst->values++ = *src->values++;
}

void copy_decr(SortSlice* dst, SortSlice* src) {
    *dst->keys-- = *src->keys--;
    if (dst->values) *dst->values-- = *src->values--;
}

void slice_memmove(SortSlice* s1, int64_t i, const SortSlice* s2, int64_t j, int64_t n) {
    std::memmove(&s1->keys[i], &s2->keys[j], sizeof(Value) * n);
    if (s1->values) std::memmove(&s1->values[i], &s2->values[j], sizeof(Value) * n);
}

void reverse_range(Value* lo, Value* hi) {
    --hi;
    while (lo < hi) std::swap(*lo++, *hi--);
}

struct Run {
    SortSlice base;
    int64_t len;
    int power;
};

class MergeState {
public:
    MergeState(int64_t n, bool has_values, Value* basekeys) : listlen(n), basekeys(basekeys), has_values(has_values) {}

    // 1 if x < y, 0 if not, -1 on error.
    int islt(Value x, Value y) { return rich_compare_bool(x, y, CompareOp::Lt); }

    // Temp space for `need` keys (and values), as merge_getmem.
    SortSlice temp(int64_t need) {
        if (static_cast<int64_t>(tmp_keys.size()) < need) {
            tmp_keys.resize(need);
            if (has_values) tmp_values.resize(need);
        }
        return SortSlice{tmp_keys.data(), has_values ? tmp_values.data() : nullptr};
    }

    int64_t min_gallop = kMinGallop;
    int64_t listlen;
    Value* basekeys;
    bool has_values;
    std::vector<Run> pending;
    std::vector<Value> tmp_keys, tmp_values;
};

int binarysort(MergeState* ms, SortSlice lo, Value* hi, Value* start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
        Value* l = lo.keys;
        Value* r = start;
        Value pivot = *r;
        do {
            Value* p = l + ((r - l) >> 1);
            int k = ms->islt(pivot, *p);
            if (k < 0) return -1;
            if (k)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        for (Value* p = start; p > l; --p) *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            Value* vstart = lo.values + (start - lo.keys);
            Value* vl = lo.values + (l - lo.keys);
            Value vpivot = *vstart;
            for (Value* p = vstart; p > vl; --p) *p = *(p - 1);
            *vl = vpivot;
        }
    }
    return 0;
}

// The length of the run at lo: ascending (<=) or strictly descending.
int64_t count_run(MergeState* ms, Value* lo, Value* hi, bool* descending) {
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    int64_t n = 2;
    int k = ms->islt(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
        *descending = true;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = ms->islt(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (!k) break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = ms->islt(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return n;
}

// The k in 0..n with a[k-1] < key <= a[k], searching from a[hint].
int64_t gallop_left(MergeState* ms, Value key, Value* a, int64_t n, int64_t hint) {
    int64_t ofs, lastofs = 0, k;
    a += hint;
    ofs = 1;
    if ((k = ms->islt(*a, key)) < 0) return -1;
    if (k) {
        const int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((k = ms->islt(a[ofs], key)) < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        const int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((k = ms->islt(*(a - ofs), key)) < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if ((k = ms->islt(a[m], key)) < 0) return -1;
        if (k)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

// The k in 0..n with a[k-1] <= key < a[k], searching from a[hint].
int64_t gallop_right(MergeState* ms, Value key, Value* a, int64_t n, int64_t hint) {
    int64_t ofs, lastofs = 0, k;
    a += hint;
    ofs = 1;
    if ((k = ms->islt(key, *a)) < 0) return -1;
    if (k) {
        const int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((k = ms->islt(key, *(a - ofs))) < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        const int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((k = ms->islt(key, a[ofs])) < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if ((k = ms->islt(key, a[m])) < 0) return -1;
        if (k)
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}

// Merges the na elements at ssa with the nb elements following them, na <= nb.
int merge_lo(MergeState* ms, SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
    int64_t k;
    int result = -1;
    SortSlice tmp = ms->temp(na);
    slice_memmove(&tmp, 0, &ssa, 0, na);
    SortSlice dest = ssa;
    ssa = tmp;

    copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) goto Succeed;
    if (na == 1) goto CopyB;

    for (int64_t min_gallop = ms->min_gallop;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            k = ms->islt(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto Fail;
                copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) goto Succeed;
                if (bcount >= min_gallop) break;
            } else {
                copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) goto CopyB;
                if (acount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto Fail;
                slice_memmove(&dest, 0, &ssa, 0, k);
                dest.advance(k);
                ssa.advance(k);
                na -= k;
                if (na == 1) goto CopyB;
                if (na == 0) goto Succeed;
            }
            copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0) goto Succeed;

            k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto Fail;
                slice_memmove(&dest, 0, &ssb, 0, k);
                dest.advance(k);
                ssb.advance(k);
                nb -= k;
                if (nb == 0) goto Succeed;
            }
            copy_incr(&dest, &ssa);
            --na;
            if (na == 1) goto CopyB;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
Succeed:
    result = 0;
Fail:
    if (na) slice_memmove(&dest, 0, &ssa, 0, na);
    return result;
CopyB:
    // The last element of ssa belongs at the end of the merge.
    slice_memmove(&dest, 0, &ssb, 0, nb);
    slice_copy(&dest, nb, &ssa, 0);
    return 0;
}

// Merges the na elements at ssa with the nb elements following them, na >= nb.
int merge_hi(MergeState* ms, SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
    int64_t k;
    int result = -1;
    SortSlice dest = ssb;
    dest.advance(nb - 1);
    SortSlice tmp = ms->temp(nb);
    slice_memmove(&tmp, 0, &ssb, 0, nb);
    SortSlice basea = ssa;
    SortSlice baseb = tmp;
    ssb.keys = tmp.keys + nb - 1;
    if (ssb.values) ssb.values = tmp.values + nb - 1;
    ssa.advance(na - 1);

    copy_decr(&dest, &ssa);
    --na;
    if (na == 0) goto Succeed;
    if (nb == 1) goto CopyA;

    for (int64_t min_gallop = ms->min_gallop;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            k = ms->islt(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto Fail;
                copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) goto Succeed;
                if (acount >= min_gallop) break;
            } else {
                copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) goto CopyA;
                if (bcount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto Fail;
            k = na - k;
            acount = k;
            if (k) {
                dest.advance(-k);
                ssa.advance(-k);
                slice_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0) goto Succeed;
            }
            copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1) goto CopyA;

            k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto Fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest.advance(-k);
                ssb.advance(-k);
                slice_memmove(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1) goto CopyA;
                if (nb == 0) goto Succeed;
            }
            copy_decr(&dest, &ssa);
            --na;
            if (na == 0) goto Succeed;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
Succeed:
    result = 0;
Fail:
    if (nb) slice_memmove(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
CopyA:
    // The first element of ssb belongs at the front of the merge.
    slice_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    dest.advance(-na);
    ssa.advance(-na);
    slice_copy(&dest, 0, &ssb, 0);
    return 0;
}

// Merges the runs at stack indices i and i+1.
int merge_at(MergeState* ms, size_t i) {
    auto& p = ms->pending;
    SortSlice ssa = p[i].base;
    int64_t na = p[i].len;
    SortSlice ssb = p[i + 1].base;
    int64_t nb = p[i + 1].len;
    p[i].len = na + nb;
    p.erase(p.begin() + static_cast<std::ptrdiff_t>(i) + 1);

    // Elements of a before where b starts are already in place.
    int64_t k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ssa.advance(k);
    na -= k;
    if (na == 0) return 0;
    // Elements of b after where a ends are already in place.
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return static_cast<int>(nb);
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

// The powersort "power" of the run boundary between two adjacent runs.
int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    int result = 0;
    int64_t a = 2 * s1 + n1;
    int64_t b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

int found_new_run(MergeState* ms, int64_t n2) {
    auto& p = ms->pending;
    if (!p.empty()) {
        int64_t s1 = p.back().base.keys - ms->basekeys;
        int64_t n1 = p.back().len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (p.size() > 1 && p[p.size() - 2].power > power)
            if (merge_at(ms, p.size() - 2) < 0) return -1;
        p.back().power = power;
    }
    return 0;
}

int merge_force_collapse(MergeState* ms) {
    auto& p = ms->pending;
    while (p.size() > 1) {
        size_t n = p.size() - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
        if (merge_at(ms, n) < 0) return -1;
    }
    return 0;
}

int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// Sorts keys (and values alongside); false with the comparison's exception.
bool timsort(Value* keys, Value* values, int64_t n) {
    MergeState ms(n, values != nullptr, keys);
    if (n < 2) return true;
    SortSlice lo{keys, values};
    int64_t nremaining = n;
    int64_t minrun = compute_minrun(nremaining);
    do {
        bool descending;
        int64_t len = count_run(&ms, lo.keys, lo.keys + nremaining, &descending);
        if (len < 0) return false;
        if (descending) {
            reverse_range(lo.keys, lo.keys + len);
            if (lo.values) reverse_range(lo.values, lo.values + len);
        }
        if (len < minrun) {
            int64_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(&ms, lo, lo.keys + force, lo.keys + len) < 0) return false;
            len = force;
        }
        if (found_new_run(&ms, len) < 0) return false;
        ms.pending.push_back(Run{lo, len, 0});
        lo.advance(len);
        nremaining -= len;
    } while (nremaining);
    return merge_force_collapse(&ms) == 0;
}

}  // namespace

bool sort_list(ListObject* list, Value keyfunc, bool reverse) {
    // The list is emptied while it is sorted (so a key or __lt__ that mutates
    // it cannot disturb the sort), as list_sort_impl does.
    std::vector<Val> saved = std::move(list->items);
    list->items.clear();
    int64_t n = static_cast<int64_t>(saved.size());
    std::vector<Value> values(saved.begin(), saved.end());
    std::vector<Val> key_owner;
    bool ok = true;
    if (keyfunc) {
        key_owner.reserve(saved.size());
        for (const auto& item : saved) {
            Val k = call1(keyfunc, item);
            if (!k) {
                ok = false;
                break;
            }
            key_owner.push_back(std::move(k));
        }
    }
    if (ok) {
        std::vector<Value> keys = keyfunc ? std::vector<Value>(key_owner.begin(), key_owner.end()) : values;
        // Reverse, sort stably, reverse back: equal elements keep their order.
        if (reverse && n > 1) {
            reverse_range(keys.data(), keys.data() + n);
            reverse_range(values.data(), values.data() + n);
        }
        ok = keyfunc ? timsort(keys.data(), values.data(), n) : timsort(keys.data(), nullptr, n);
        if (!keyfunc) values = keys;
        if (ok && !list->items.empty()) {
            raise_value_error("list modified during sort");
            ok = false;
        }
        if (reverse && n > 1) reverse_range(values.data(), values.data() + n);
    }
    std::vector<Val> mutated = std::move(list->items);
    std::vector<Val> result;
    result.reserve(saved.size());
    for (Value v : values) result.push_back(Val::borrow(v));
    list->items = std::move(result);
    // Released only now: whatever was added to the list during the sort is dropped.
    mutated.clear();
    return ok;
}

}  // namespace ys::objects
