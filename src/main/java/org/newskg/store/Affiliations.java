package org.newskg.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether the organizations two articles give one person could be one organization named two
 * ways, judged by their IRIs' names: the same words but for a plural and small words ("British
 * Chamber of Commerce", "British Chambers of Commerce"), at least half their words in common
 * ("World Anti-Doping Agency", "World Anti-Doping Authority"), or one the initials of the other
 * ("ONGC", "Oil and Natural Gas Corporation"); and, through such links, groups of them.
 */
final class Affiliations {
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "in", "on", "at", "to");

    private Affiliations() {
    }

    /**
     * For each organization given, the one that stands for all it could be one with, directly or
     * through others ("NSFC", "North Sea Ferry Company", "North Sea Ferries"): the first in order.
     */
    static Map<String, String> grouped(SortedSet<String> orgs) {
        Map<String, String> group = new TreeMap<>();
        for (String org : orgs) {
            group.put(org, org);
        }
        List<String> all = List.copyOf(orgs);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    String gi = group.get(all.get(i));
                    String gj = group.get(all.get(j));
                    if (!gi.equals(gj) && related(all.get(i), all.get(j))) {
                        String keep = gi.compareTo(gj) < 0 ? gi : gj;
                        String drop = keep.equals(gi) ? gj : gi;
                        group.replaceAll((k, v) -> v.equals(drop) ? keep : v);
                        changed = true;
                    }
                }
            }
        }
        return group;
    }

    static boolean related(String orgA, String orgB) {
        String a = slug(orgA);
        String b = slug(orgB);
        if (a.equals(b) || initialsOf(b).equals(a) || initialsOf(a).equals(b)) {
            return true;
        }
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        Set<String> union = new TreeSet<>(wa);
        union.addAll(wb);
        wa.retainAll(wb);
        return !union.isEmpty() && 2 * wa.size() >= union.size();
    }

    private static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Set<String> words(String slug) {
        Set<String> words = new TreeSet<>();
        for (String w : slug.split("-")) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w)) {
                words.add(singular(w));
            }
        }
        return words;
    }

    private static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /** The initials of a name of two words or more, small words left out; "" for one word. */
    private static String initialsOf(String slug) {
        String[] parts = slug.split("-");
        if (parts.length < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String w : parts) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w)) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
