// Anchor for the embedded translation resources.
