package org.newskg.extract.lexicon;

import java.util.Set;

/**
 * Frequent English words that start sentences with a capital without being names. Together with
 * the words an article itself writes in lower case, they tell a sentence's first word from a name.
 */
public final class CommonWords {
    public static final Set<String> WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they",
            "we", "you", "his", "her", "their", "our", "my", "your", "i", "in", "on", "at", "by", "for", "from",
            "to", "of", "with", "without", "after", "before", "during", "since", "until", "while", "when", "where",
            "why", "how", "what", "who", "which", "whose", "but", "and", "or", "nor", "so", "yet", "if", "as",
            "although", "though", "because", "unless", "however", "meanwhile", "further", "furthermore",
            "moreover", "still", "also", "then", "now", "today", "yesterday", "tomorrow", "earlier", "later",
            "last", "next", "first", "second", "third", "finally", "instead", "indeed", "nearby", "elsewhere",
            "some", "many", "most", "more", "much", "few", "several", "all", "both", "each", "every", "any",
            "no", "not", "none", "other", "another", "such", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions", "scores", "about",
            "around", "among", "against", "under", "over", "into", "through", "across", "between", "like",
            "unlike", "despite", "according", "asked", "speaking", "overall", "together", "already", "even",
            "just", "only", "once", "again", "perhaps", "maybe", "yes", "police", "officials", "authorities",
            "protesters", "residents", "critics", "supporters", "activists", "people", "officers", "witnesses",
            "prosecutors", "investigators", "detectives", "lawyers", "judges", "doctors", "workers", "students",
            "experts", "analysts", "sources", "reports", "data", "figures", "records", "documents", "court",
            "courts", "were", "was", "is", "are", "be", "been", "has", "have", "had", "do", "does", "did",
            "will", "would", "can", "could", "should", "may", "might", "must", "shall", "let", "please",
            "thanks", "thank", "well", "oh", "so-called", "former", "acting", "local", "federal", "national",
            "state", "city", "county", "new", "old", "young", "top", "senior", "chief", "head", "amid",
            "following", "including", "within", "throughout", "toward", "towards", "upon", "via", "per",
            "whether", "either", "neither", "whereas", "thus", "hence", "therefore", "otherwise", "besides",
            "altogether", "anyway", "ultimately", "currently", "recently", "previously", "initially",
            "eventually", "overnight", "roundup", "breaking", "update", "updated", "watch", "read", "see",
            "video", "photos", "live", "exclusive", "analysis", "opinion", "comment", "editorial");

    private CommonWords() {
    }
}
