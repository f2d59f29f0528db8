package org.newskg.extract.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Well-known organizations by canonical name, other names and acronyms. */
public final class OrganizationGazetteer {
    private final Map<String, String> canonicalByName = new HashMap<>();

    private OrganizationGazetteer() {
    }

    /** Loads {@code organizations.tsv} from the classpath. */
    public static OrganizationGazetteer load() {
        OrganizationGazetteer g = new OrganizationGazetteer();
        for (String[] r : ResourceLib.rows("organizations.tsv")) {
            String name = r[0].strip();
            g.canonicalByName.put(name, name);
            if (name.startsWith("The ")) {
                g.canonicalByName.put(name.substring(4), name);
            }
            if (r.length > 1 && !r[1].isBlank()) {
                for (String other : r[1].split("\\|")) {
                    String o = other.strip();
                    g.canonicalByName.put(o.startsWith("the ") ? o.substring(4) : o, name);
                }
            }
        }
        return g;
    }

    /** The canonical name of the organization this name or acronym stands for. */
    public Optional<String> find(String name) {
        String n = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        return Optional.ofNullable(canonicalByName.get(n));
    }
}
