package org.newskg.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The name matching of {@code score.py}: case, punctuation and a leading "the" ignored; a surname matches its full name. */
public final class NameMatching {
    private NameMatching() {
    }

    /** Lower case, curly apostrophes straightened, other punctuation as space, no leading "the", single spaces. */
    public static String norm(String s) {
        String n = (s == null ? "" : s).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        n = n.replaceAll("[^a-z0-9' ]+", " ").strip();
        n = n.replaceFirst("^the ", "");
        return n.replaceAll("\\s+", " ").strip();
    }

    static Set<String> namesOf(GoldItem item) {
        Set<String> names = new HashSet<>();
        names.add(norm(item.name()));
        item.aliases().forEach(a -> names.add(norm(a)));
        return names;
    }

    /** Whether a predicted name matches the gold item; for persons a surname matches the full name and back. */
    public static boolean matches(String predicted, GoldItem item, boolean person) {
        String p = norm(predicted);
        if (p.isEmpty()) {
            return false;
        }
        if (namesOf(item).contains(p)) {
            return true;
        }
        if (!person) {
            return false;
        }
        List<String> full = List.of(norm(item.name()).split(" "));
        List<String> toks = List.of(p.split(" "));
        if (full.size() > 1 && toks.equals(full.subList(full.size() - 1, full.size()))) {
            return true;
        }
        return toks.size() > 1 && full.size() == 1 && toks.get(toks.size() - 1).equals(full.get(0));
    }
}
