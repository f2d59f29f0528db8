package org.newskg.extract.lexicon;

import java.util.List;
import java.util.Set;

/** Word lists that tell what a capitalised name is: titles, organization heads, facilities. */
public final class EntityWords {
    /** Courtesy honorifics: never part of a person's name ("Mr Okafor" is Okafor, "Sir Alan Reed" Alan Reed). */
    public static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame");

    /** Words of titles and honorifics before a person's name ("Police Commissioner", "Sgt."). */
    public static final Set<String> TITLES = Set.of(
            "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Miss", "Sir", "Dame", "Lord", "Lady", "Rev.",
            "Reverend", "Father", "Pope", "King", "Queen", "Prince", "Princess", "President", "Vice", "Senator",
            "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor",
            "Commissioner", "Secretary", "Minister", "Chancellor", "Judge", "Justice", "Officer", "Sgt.",
            "Sergeant", "Detective", "Det.", "Lieutenant", "Lt.", "Captain", "Capt.", "Chief", "Inspector",
            "Insp.", "Superintendent", "Supt.", "Constable", "Deputy", "Assistant", "Attorney", "General",
            "District", "Prime", "Interior", "Foreign", "Home", "Police", "Prosecutor", "Sheriff", "Marshal",
            "Agent", "Special", "Professor", "Prof.", "Chairman", "Chairwoman", "Director", "Spokesman",
            "Spokeswoman", "Ambassador", "Councilman", "Councilwoman", "Councillor", "Alderman", "Speaker",
            "Colonel", "Col.", "Gen.", "Major", "Maj.", "Corporal", "Cpl.", "Admiral", "Adm.", "Trooper",
            "Patrolman", "Acting", "Former", "Executive", "Associate", "Senior", "Baroness", "Bishop",
            "Archbishop", "Cardinal", "Rabbi", "Imam", "Sheikh", "Premier", "Dean", "Baron", "Viscount", "Earl",
            "Duke", "Duchess", "Countess", "Marquess", "Shadow", "Leader");

    /**
     * Titles that are also common given names or surnames ("Dean", "King"): never taken off the
     * front of a name.
     */
    private static final Set<String> NAME_LIKE_TITLES = Set.of("Dean", "Major", "King", "Prince", "Bishop", "Earl", "Duke");

    /** Title words that TITLES leaves out but news prints before names ("Supt", "Democrat Ann Reed"). */
    private static final Set<String> MORE_NAME_PREFIXES = Set.of(
            "Administrator", "Secretary-General", "Supt", "Insp", "Sgt", "Det", "Cmdr", "Cmdr.", "Commander",
            "Democrat", "Republican", "Labour", "Tory", "Conservative", "Lib", "Dem", "MP", "MEP", "MSP", "Lieutenant-Governor", "Attorney-General", "Director-General", "Lt", "Gen",
            "Col", "Capt", "Prof", "Rev", "Sen", "Gov", "Rep");

    /**
     * Royal and noble styles that are also surnames ("Stephen King", "Lord Duke"): a style only at
     * the very front of a name and before another capitalised word ("King Hamid" is Hamid,
     * "Prince Oskar" Oskar), as the courtesy honorifics are.
     */
    private static final Set<String> LEADING_STYLES = Set.of("King", "Prince", "Duke");

    /** A word that may stand before a person's name without being part of it. */
    public static boolean isNamePrefix(String word) {
        return HONORIFICS.contains(word) || TITLES.contains(word) && !NAME_LIKE_TITLES.contains(word)
                || MORE_NAME_PREFIXES.contains(word);
    }

    /**
     * How many words at the front of a person's name are honorifics, titles or an agency's
     * acronym before a title ("DEA Administrator"); at least one word is always left.
     */
    public static int namePrefixLength(List<String> words) {
        int skip = 0;
        while (skip < words.size() - 1) {
            String w = words.get(skip);
            if (isNamePrefix(w) || skip == 0 && LEADING_STYLES.contains(w) && isCapitalised(words.get(1))) {
                skip++;
            } else if (AcronymLib.isAcronym(w) && isNamePrefix(words.get(skip + 1)) && skip + 1 < words.size() - 1) {
                skip += 2;
            } else {
                break;
            }
        }
        return skip;
    }

    /**
     * A title held by one person at a time, named by its office or its seat and not by a name
     * ("Prince of Wales", "Archbishop of Canterbury", "Secretary of State"): words, no name.
     */
    public static boolean isTitleOfOffice(List<String> words) {
        return words.size() >= 3 && words.get(1).equals("of")
                && (TITLES.contains(words.get(0)) || LEADING_STYLES.contains(words.get(0)));
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** Letters printed after a name for an office or an honour ("Tom Hale QC", "Ann Lee MP"): no part of the name. */
    public static final Set<String> POST_NOMINALS = Set.of(
            "QC", "KC", "MP", "MSP", "MEP", "AM", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE");

    /** Last words of organization names ("Chase Bank", "British National Party"). */
    public static final Set<String> ORGANIZATION_HEADS = Set.of(
            "Police", "Department", "Ministry", "Party", "University", "College", "Agency", "Bureau", "Inc.", "Inc",
            "Corp.", "Corp", "Corporation", "Company", "Co.", "Ltd", "Ltd.", "LLC", "plc", "Bros", "Bros.", "Group",
            "Bank", "Exchange", "Center", "Centre", "Hospital", "Council", "Commission", "Committee", "Association",
            "Union", "Institute", "Foundation", "Administration", "Service", "Services", "Office", "Court", "Board",
            "Network", "News", "Times", "Herald", "Post", "Journal", "Tribune", "Gazette", "Chronicle", "Telegraph",
            "Guardian", "Observer", "Press", "Commerce", "Assembly", "Parliament", "Senate", "Congress", "Army",
            "Navy", "Force", "Guard", "Authority", "Trust", "Society", "League", "Federation", "Alliance",
            "Coalition", "Front", "Movement", "Church", "School", "Academy", "Airlines", "Airways", "Holdings",
            "Industries", "Enterprises", "Partners", "Fund", "Organization", "Organisation", "Patrol", "Unit",
            "Squad", "Brigade", "Cabinet", "Government", "Secretariat", "Tribunal", "Institution", "Laboratory",
            "Museum", "Library", "Radio", "Television", "TV", "Magazine", "Review", "Daily", "Weekly", "Caucus",
            "Club", "Team", "Campaign", "Initiative", "Project", "Watch", "Laboratories", "Cooperative", "Co-operative",
            "Co-Operative", "Consortium");

    /** First words that make a name an organization ("Radio Soleil", "University of Oxford"). */
    public static final Set<String> ORGANIZATION_STARTS = Set.of(
            "Radio", "University", "Bank", "Department", "Ministry", "Office", "Bureau", "Institute", "College",
            "Church", "Council", "House", "Court", "Committee", "Commission", "Federation", "Association", "Society",
            "Occupy", "Sunday");

    /** Nouns before a name that make it an organization ("CNN affiliate New York One", "banking giant Citigroup"). */
    public static final Set<String> ORGANIZATION_INTRODUCERS = Set.of(
            "affiliate", "station", "broadcaster", "newspaper", "channel", "network", "company", "firm", "charity",
            "group", "organization", "organisation", "agency", "party", "magazine", "website", "newswire", "giant",
            "maker", "retailer", "carrier", "airline", "operator", "regulator", "watchdog", "chain", "manufacturer",
            "supplier", "provider", "publisher", "developer", "studio", "label", "conglomerate", "insurer", "lender",
            "bank", "rival", "subsidiary", "unit", "brand", "club", "carmaker", "automaker", "drugmaker", "store",
            "supermarket", "grocer", "bookmaker", "tabloid", "consortium", "startup", "start-up", "distributor",
            "exporter", "utility");

    /** Lower-case nouns after a name that make it an organization ("Barclays bank", "Okafor government"). */
    public static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "bank", "gang", "party", "company", "firm", "group", "newspaper", "broadcaster", "network",
            "agency", "charity", "university", "militia", "cartel", "union");

    /** Lower-case nouns that stay part of the name ("Merseyside police", "Bush administration"). */
    public static final Set<String> ORGANIZATION_NOUNS_KEPT = Set.of("police", "administration", "government");

    /** Last words of facilities and streets, which are neither places nor organizations here. */
    public static final Set<String> FACILITY_HEADS = Set.of(
            "Street", "St.", "St", "Avenue", "Ave.", "Ave", "Boulevard", "Blvd.", "Road", "Rd.", "Rd", "Bridge", "Square", "Park",
            "Building", "Tower", "Towers", "Plaza", "Hall", "Airport", "Station", "Stadium", "Arena", "Mall",
            "Lane", "Way", "Drive", "Highway", "Freeway", "Expressway", "Terminal", "Port", "Harbor", "Harbour",
            "Prison", "Jail", "Penitentiary", "Courthouse", "Hotel", "Restaurant", "Palace", "Embassy",
            "Consulate", "Memorial", "Cathedral", "Mosque", "Temple", "Synagogue", "Barracks", "Base", "Checkpoint");

    /**
     * Lower-case nouns of buildings and streets that a name comes before ("King Cross station"):
     * the unambiguous ones, not "way", "base" or "drive", which follow people's names too.
     */
    public static final Set<String> FACILITY_NOUNS = Set.of(
            "station", "street", "road", "avenue", "airport", "bridge", "square", "stadium", "prison", "jail",
            "hotel", "cathedral", "mosque", "synagogue", "barracks", "embassy", "terminal", "courthouse");

    /** Words that begin a place's neighbourhood without changing the place ("Lower Manhattan"). */
    public static final Set<String> DIRECTIONS = Set.of(
            "Lower", "Upper", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
            "Central", "Downtown", "Greater", "Midtown", "Uptown");

    /** Capitalised words that are never part of a name. */
    public static final Set<String> NEVER_NAMES = Set.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December", "I",
            "I'm", "I've", "I'll", "I'd", "OK", "TV");

    private EntityWords() {
    }
}
