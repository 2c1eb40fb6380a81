# Finding common and distinct tags between articles.
articles = [("intro", [1, 4, 9]), ("loops", [1, 2, 3, 9]), ("sets", [2, 4, 8, 9])]
all_tags = set()
common = None
for title, tags in articles:
    tag_set = set(tags)
    all_tags |= tag_set
    common = tag_set if common is None else common & tag_set
print(all_tags)
print(common)
for title, tags in articles:
    others = set()
    for other_title, other_tags in articles:
        if other_title != title:
            others.update(other_tags)
    print(title, set(tags) - others)
print(sorted(all_tags, reverse=True))
