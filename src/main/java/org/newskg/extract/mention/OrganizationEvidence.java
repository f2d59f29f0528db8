package org.newskg.extract.mention;

import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.text.Token;

/** Evidence, in the words of a chunk, that it names an organization. */
final class OrganizationEvidence {
    private OrganizationEvidence() {
    }

    /**
     * An organization's head word followed by what it is of, for or on: "Council of Europe",
     * "Office of the Inspector General", "Commission on Human Rights". The name is the whole chunk.
     */
    static boolean headBeforeOf(Chunk c) {
        for (int k = 0; k + 2 < c.size(); k++) {
            Token next = c.tokens().get(k + 1);
            if (EntityWords.ORGANIZATION_HEADS.contains(c.tokens().get(k).text())
                    && (next.is("of") || next.is("for") || next.is("on"))) {
                return true;
            }
        }
        return false;
    }
}
