package org.newskg.extract.text;

import java.util.Set;

/** Abbreviations that end in a full stop without ending a sentence. */
final class Abbreviations {
    static final Set<String> WITH_PERIOD = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Sgt", "Lt", "Capt", "Col", "Gen", "Gov", "Sen", "Rep", "Jr", "Sr",
            "Prof", "Rev", "Det", "Insp", "Supt", "Cmdr", "Cpl", "Pvt", "Adm", "Maj", "Ft", "Mt", "No", "Nos",
            "Inc", "Corp", "Co", "Ltd", "Bros", "vs", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn",
            "Calif", "Fla", "Mass", "Ala", "Ariz", "Ark", "Colo", "Conn", "Del", "Ga", "Ill", "Ind", "Kan", "Ky",
            "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex",
            "Va", "Vt", "Wash", "Wis", "Wyo", "a.m", "p.m", "e.g", "i.e");

    /** Those that stand before a name and never end a sentence ("Dr. He Jiankui", "Gen. Lee"). */
    static final Set<String> BEFORE_NAMES = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Sgt", "Lt", "Capt", "Col", "Gen", "Gov", "Sen", "Rep", "Prof", "Rev", "Det", "Insp",
            "Supt", "Cmdr", "Cpl", "Pvt", "Adm", "Maj", "Ft", "Mt", "No", "Nos", "vs", "approx", "e.g", "i.e");

    /**
     * Words that open sentences and go on no name: after "Jr.", "Inc.", "U.S." or "a.m." they
     * begin the next sentence ("... said Tom Hale Jr. He added ...").
     */
    static final Set<String> SENTENCE_OPENERS = Set.of(
            "He", "She", "It", "They", "We", "I", "You", "The", "This", "That", "These", "Those", "There", "His", "Her",
            "Its", "Their", "Our", "But", "And", "However", "Meanwhile", "In", "On", "At", "A", "An", "If", "When",
            "While", "After", "Before", "As", "Besides", "Although", "Last", "Earlier", "Later");

    private Abbreviations() {
    }
}
