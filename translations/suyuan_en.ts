<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BatchText</name>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>this batch</source>
        <translation>this batch</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>packed</translation>
    </message>
    <message>
        <source>container</source>
        <translation>container</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>on the origin plot</source>
        <translation>on the origin plot</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Unpacking</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>Field work</source>
        <translation>Field work</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Lab test</source>
        <translation>Lab test</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>Harvest</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>node %1</translation>
    </message>
    <message>
        <source>by road</source>
        <translation>by road</translation>
    </message>
    <message>
        <source>by rail</source>
        <translation>by rail</translation>
    </message>
    <message>
        <source>by water</source>
        <translation>by water</translation>
    </message>
    <message>
        <source>by air</source>
        <translation>by air</translation>
    </message>
    <message>
        <source>by express parcel</source>
        <translation>by express parcel</translation>
    </message>
    <message>
        <source>cold chain</source>
        <translation>cold chain</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create Profile</source>
        <translation>Create Profile</translation>
    </message>
    <message>
        <source>Welcome to Suyuan</source>
        <translation>Welcome to Suyuan</translation>
    </message>
    <message>
        <source>Create a profile for your organisation. It holds the encrypted ledger and the key with which this computer signs its records.</source>
        <translation>Create a profile for your organisation. It holds the encrypted ledger and the key with which this computer signs its records.</translation>
    </message>
    <message>
        <source>e.g. Fengjie Navel Orange Cooperative</source>
        <translation>e.g. Fengjie Navel Orange Cooperative</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>At least 8 characters. Nobody can recover a forgotten passphrase, so keep it somewhere safe.</source>
        <translation>At least 8 characters. Nobody can recover a forgotten passphrase, so keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Creating the profile and deriving its key…</source>
        <translation>Creating the profile and deriving its key…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The language of Suyuan on this computer. You can change it later in Settings.</source>
        <translation>The language of Suyuan on this computer. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>The system's language</translation>
    </message>
    <message>
        <source>The wizard switches at once, and the rest of Suyuan follows your choice.</source>
        <translation>The wizard switches at once, and the rest of Suyuan follows your choice.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Your records are signed in the name of your organisation, and partners see it on every batch you pass on.</source>
        <translation>Your records are signed in the name of your organisation, and partners see it on every batch you pass on.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The registered name, as on your business licence. Chinese or English.</source>
        <translation>The registered name, as on your business licence. Chinese or English.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>What your organisation does in the supply chain.</source>
        <translation>What your organisation does in the supply chain.</translation>
    </message>
    <message>
        <source>Family farm</source>
        <translation>Family farm</translation>
    </message>
    <message>
        <source>Farmers' cooperative</source>
        <translation>Farmers' cooperative</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>Logistics company</source>
        <translation>Logistics company</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Retailer</translation>
    </message>
    <message>
        <source>&amp;Entity code (主体码):</source>
        <translation>&amp;Entity code (主体码):</translation>
    </message>
    <message>
        <source>Optional: 18 characters</source>
        <translation>Optional: 18 characters</translation>
    </message>
    <message>
        <source>The unified social credit code (统一社会信用代码) on your business licence: 18 digits and capital letters. Optional; you can add it later in Master Data.</source>
        <translation>The unified social credit code (统一社会信用代码) on your business licence: 18 digits and capital letters. Optional; you can add it later in Master Data.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The ledger on this computer is encrypted with your passphrase. It is asked for at every start.</source>
        <translation>The ledger on this computer is encrypted with your passphrase. It is asked for at every start.</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Ready to create the profile</source>
        <translation>Ready to create the profile</translation>
    </message>
    <message>
        <source>Check the summary, then create the profile. Deriving the key from the passphrase takes a moment.</source>
        <translation>Check the summary, then create the profile. Deriving the key from the passphrase takes a moment.</translation>
    </message>
    <message>
        <source>Fill the new profile with the &amp;demo data, to try things out</source>
        <translation>Fill the new profile with the &amp;demo data, to try things out</translation>
    </message>
    <message>
        <source>The demo: Fengjie navel oranges, Fuling zhacai and Jiangjin Sichuan pepper, from harvest to sale. Records can never be deleted from a ledger: choose this for a profile to try Suyuan out, not for the one you will use for real work.</source>
        <translation>The demo: Fengjie navel oranges, Fuling zhacai and Jiangjin Sichuan pepper, from harvest to sale. Records can never be deleted from a ledger: choose this for a profile to try Suyuan out, not for the one you will use for real work.</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>Not checked here: the record was not reached in time. The ledger audit checks every record.</source>
        <translation>Not checked here: the record was not reached in time. The ledger audit checks every record.</translation>
    </message>
    <message>
        <source>Signature and chain link verified (record %1 of its author).</source>
        <translation>Signature and chain link verified (record %1 of its author).</translation>
    </message>
    <message>
        <source>The record is malformed: %1</source>
        <translation>The record is malformed: %1</translation>
    </message>
    <message>
        <source>The record does not match its id or its envelope.</source>
        <translation>The record does not match its id or its envelope.</translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation>The signature does not verify.</translation>
    </message>
    <message>
        <source>The link to the author's previous record is broken.</source>
        <translation>The link to the author's previous record is broken.</translation>
    </message>
    <message>
        <source>The record of this event is not in its author's chain.</source>
        <translation>The record of this event is not in its author's chain.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Ledger</source>
        <translation>Unlock Ledger</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock the Ledger</source>
        <translation>Unlock the Ledger</translation>
    </message>
    <message>
        <source>The ledger of this profile is encrypted. Enter its passphrase to open it.</source>
        <translation>The ledger of this profile is encrypted. Enter its passphrase to open it.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Suyuan</source>
        <translation>Suyuan</translation>
    </message>
    <message>
        <source>Traceability ledger for farm cooperatives, processors and warehouses.</source>
        <translation>Traceability ledger for farm cooperatives, processors and warehouses.</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: %1).</source>
        <translation>Use the profile in DIR (default: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Suyuan cannot start</source>
        <translation>Suyuan cannot start</translation>
    </message>
    <message>
        <source>The cryptography self-test failed, so this build cannot be trusted to sign or verify records.

%1</source>
        <translation>The cryptography self-test failed, so this build cannot be trusted to sign or verify records.

%1</translation>
    </message>
    <message>
        <source>Save a PNG of every page into DIR and quit.</source>
        <translation>Save a PNG of every page into DIR and quit.</translation>
    </message>
</context>
<context>
    <name>suyuan</name>
    <message>
        <source>The stored private key is damaged.</source>
        <translation>The stored private key is damaged.</translation>
    </message>
    <message>
        <source>The key derivation settings in profile.json are invalid.</source>
        <translation>The key derivation settings in profile.json are invalid.</translation>
    </message>
    <message>
        <source>The passphrase could not be processed (scrypt failed).</source>
        <translation>The passphrase could not be processed (scrypt failed).</translation>
    </message>
    <message>
        <source>Cryptographic self-test failed: %1. This build cannot be trusted.</source>
        <translation>Cryptographic self-test failed: %1. This build cannot be trusted.</translation>
    </message>
    <message>
        <source>record %1 (author %2, seq %3)</source>
        <translation>record %1 (author %2, seq %3)</translation>
    </message>
    <message>
        <source>%1: the stored bytes were altered (they no longer hash to the record id).</source>
        <translation>%1: the stored bytes were altered (they no longer hash to the record id).</translation>
    </message>
    <message>
        <source>%1: the signature does not verify.</source>
        <translation>%1: the signature does not verify.</translation>
    </message>
    <message>
        <source>%1: the stored index columns do not match the signed bytes.</source>
        <translation>%1: the stored index columns do not match the signed bytes.</translation>
    </message>
    <message>
        <source>%1: expected seq %2 (records are missing).</source>
        <translation>%1: expected seq %2 (records are missing).</translation>
    </message>
    <message>
        <source>%1: does not link to the previous record.</source>
        <translation>%1: does not link to the previous record.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid Suyuan bundle: %2</source>
        <translation>%1 is not a valid Suyuan bundle: %2</translation>
    </message>
    <message>
        <source>wrong file signature</source>
        <translation>wrong file signature</translation>
    </message>
    <message>
        <source>the header is cut off</source>
        <translation>the header is cut off</translation>
    </message>
    <message>
        <source>the header is damaged</source>
        <translation>the header is damaged</translation>
    </message>
    <message>
        <source>unsupported bundle version</source>
        <translation>unsupported bundle version</translation>
    </message>
    <message>
        <source>Entry %1 of the bundle is %2 bytes; the limit is %3.</source>
        <translation>Entry %1 of the bundle is %2 bytes; the limit is %3.</translation>
    </message>
    <message>
        <source>Import cancelled after %1 of %2 records.</source>
        <translation>Import cancelled after %1 of %2 records.</translation>
    </message>
    <message>
        <source>The bundle is cut off or has trailing data after record %1 of %2; the rest was not read.</source>
        <translation>The bundle is cut off or has trailing data after record %1 of %2; the rest was not read.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Database error: %1 (code %2)</source>
        <translation>Database error: %1 (code %2)</translation>
    </message>
    <message>
        <source>There is no profile in %1. Create one first (suyuan-cli init, or start the app).</source>
        <translation>There is no profile in %1. Create one first (suyuan-cli init, or start the app).</translation>
    </message>
    <message>
        <source>%1 is not a Suyuan profile file.</source>
        <translation>%1 is not a Suyuan profile file.</translation>
    </message>
    <message>
        <source>The profile was made by a newer version of Suyuan (profile format %1).</source>
        <translation>The profile was made by a newer version of Suyuan (profile format %1).</translation>
    </message>
    <message>
        <source>profile.json names an invalid database file.</source>
        <translation>profile.json names an invalid database file.</translation>
    </message>
    <message>
        <source>profile.json is damaged.</source>
        <translation>profile.json is damaged.</translation>
    </message>
    <message>
        <source>This profile was created with SQLCipher 4; this build links SQLCipher %1.</source>
        <translation>This profile was created with SQLCipher 4; this build links SQLCipher %1.</translation>
    </message>
    <message>
        <source>The ledger database %1 is missing. Restore it from a backup; it is not re-created, so that no history is silently lost.</source>
        <translation>The ledger database %1 is missing. Restore it from a backup; it is not re-created, so that no history is silently lost.</translation>
    </message>
    <message>
        <source>The ledger database %1 is empty (0 bytes). Restore it from a backup.</source>
        <translation>The ledger database %1 is empty (0 bytes). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The ledger database %1 is truncated (%2 bytes is not a whole number of pages). Restore it from a backup.</source>
        <translation>The ledger database %1 is truncated (%2 bytes is not a whole number of pages). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The ledger database %1 cannot be read with this profile's key: it is damaged or belongs to another profile.</source>
        <translation>The ledger database %1 cannot be read with this profile's key: it is damaged or belongs to another profile.</translation>
    </message>
    <message>
        <source>The ledger database %1 is truncated. Restore it from a backup.</source>
        <translation>The ledger database %1 is truncated. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The ledger database has schema version %1; this build reads version %2.</source>
        <translation>The ledger database has schema version %1; this build reads version %2.</translation>
    </message>
    <message>
        <source>The ledger database failed its integrity check: %1</source>
        <translation>The ledger database failed its integrity check: %1</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; please try again.</source>
        <translation>Wrong passphrase. Nothing was changed; please try again.</translation>
    </message>
    <message>
        <source>Malformed record: %1</source>
        <translation>Malformed record: %1</translation>
    </message>
    <message>
        <source>Record is %1 bytes; the limit is %2.</source>
        <translation>Record is %1 bytes; the limit is %2.</translation>
    </message>
    <message>
        <source>the signature is not 64 bytes</source>
        <translation>the signature is not 64 bytes</translation>
    </message>
    <message>
        <source>not a canonical JSON object</source>
        <translation>not a canonical JSON object</translation>
    </message>
    <message>
        <source>the envelope must have exactly the fields %1</source>
        <translation>the envelope must have exactly the fields %1</translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation>unsupported format version</translation>
    </message>
    <message>
        <source>author is not a 64-digit lower-case hex key</source>
        <translation>author is not a 64-digit lower-case hex key</translation>
    </message>
    <message>
        <source>seq must be a whole number from 1</source>
        <translation>seq must be a whole number from 1</translation>
    </message>
    <message>
        <source>prev must be null for seq 1</source>
        <translation>prev must be null for seq 1</translation>
    </message>
    <message>
        <source>prev must be the 64-digit hex id of the previous record</source>
        <translation>prev must be the 64-digit hex id of the previous record</translation>
    </message>
    <message>
        <source>kind must be a lower-case dotted word such as epcis.event</source>
        <translation>kind must be a lower-case dotted word such as epcis.event</translation>
    </message>
    <message>
        <source>time must be UTC as yyyy-MM-ddTHH:mm:ss.zzzZ</source>
        <translation>time must be UTC as yyyy-MM-ddTHH:mm:ss.zzzZ</translation>
    </message>
    <message>
        <source>body must be a JSON object</source>
        <translation>body must be a JSON object</translation>
    </message>
    <message>
        <source>Audit cancelled after %1 records.</source>
        <translation>Audit cancelled after %1 records.</translation>
    </message>
    <message>
        <source>%1 of %2 records failed verification</source>
        <translation>%1 of %2 records failed verification</translation>
    </message>
    <message>
        <source>%1 forked records kept as evidence</source>
        <translation>%1 forked records kept as evidence</translation>
    </message>
    <message>
        <source>database integrity check: %1</source>
        <translation>database integrity check: %1</translation>
    </message>
    <message>
        <source>The ledger database has no node identity.</source>
        <translation>The ledger database has no node identity.</translation>
    </message>
    <message>
        <source>The stored node key does not match its public key.</source>
        <translation>The stored node key does not match its public key.</translation>
    </message>
    <message>
        <source>This node's own chain is known to reach record %1, but this database holds only %2: it was restored from an older copy. Import the missing records (a bundle from a partner) before recording anything new, so that the node does not fork its own history.</source>
        <translation>This node's own chain is known to reach record %1, but this database holds only %2: it was restored from an older copy. Import the missing records (a bundle from a partner) before recording anything new, so that the node does not fork its own history.</translation>
    </message>
    <message>
        <source>"%1" is not a valid kind: use a lower-case dotted word such as note or epcis.event.</source>
        <translation>"%1" is not a valid kind: use a lower-case dotted word such as note or epcis.event.</translation>
    </message>
    <message>
        <source>Unknown author %1.</source>
        <translation>Unknown author %1.</translation>
    </message>
    <message>
        <source>"%1" is not a valid node ID (8 groups of 4 characters; check the last one).</source>
        <translation>"%1" is not a valid node ID (8 groups of 4 characters; check the last one).</translation>
    </message>
    <message>
        <source>No records or checkpoints of node %1 have been seen yet; import a bundle from it first.</source>
        <translation>No records or checkpoints of node %1 have been seen yet; import a bundle from it first.</translation>
    </message>
    <message>
        <source>This node's own status cannot be changed.</source>
        <translation>This node's own status cannot be changed.</translation>
    </message>
    <message>
        <source>Another node cannot be made this node.</source>
        <translation>Another node cannot be made this node.</translation>
    </message>
    <message>
        <source>A checkpoint in the bundle is malformed.</source>
        <translation>A checkpoint in the bundle is malformed.</translation>
    </message>
    <message>
        <source>A checkpoint in the bundle has a bad signature.</source>
        <translation>A checkpoint in the bundle has a bad signature.</translation>
    </message>
    <message>
        <source>The signature of record %1 (seq %2) does not match its author's key.</source>
        <translation>The signature of record %1 (seq %2) does not match its author's key.</translation>
    </message>
    <message>
        <source>Already held.</source>
        <translation>Already held.</translation>
    </message>
    <message>
        <source>The database refused to start a savepoint.</source>
        <translation>The database refused to start a savepoint.</translation>
    </message>
    <message>
        <source>Author %1 signed two different records with seq %2 (fork). Both are kept as evidence.</source>
        <translation>Author %1 signed two different records with seq %2 (fork). Both are kept as evidence.</translation>
    </message>
    <message>
        <source>Record seq %1 of %2 is held: records %3 to %4 are missing.</source>
        <translation>Record seq %1 of %2 is held: records %3 to %4 are missing.</translation>
    </message>
    <message>
        <source>Record seq %1 of %2 does not link to the record before it (chain broken).</source>
        <translation>Record seq %1 of %2 does not link to the record before it (chain broken).</translation>
    </message>
    <message>
        <source>Record seq %1 of %2 is held: its time is earlier than the author's previous record.</source>
        <translation>Record seq %1 of %2 is held: its time is earlier than the author's previous record.</translation>
    </message>
    <message>
        <source>Record seq %1 of %2 is held: its time %3 is in the future.</source>
        <translation>Record seq %1 of %2 is held: its time %3 is in the future.</translation>
    </message>
    <message>
        <source>Author %1 is revoked; its records are refused.</source>
        <translation>Author %1 is revoked; its records are refused.</translation>
    </message>
    <message>
        <source>Author %1 is not trusted by this node; its records are refused.</source>
        <translation>Author %1 is not trusted by this node; its records are refused.</translation>
    </message>
    <message>
        <source>Record seq %1 of %2 is pending: the author is not trusted yet.</source>
        <translation>Record seq %1 of %2 is pending: the author is not trusted yet.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>The organisation name must not be empty.</source>
        <translation>The organisation name must not be empty.</translation>
    </message>
    <message>
        <source>A profile already exists in %1.</source>
        <translation>A profile already exists in %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>%1 holds a ledger database but no profile.json. Move it away before creating a profile here.</source>
        <translation>%1 holds a ledger database but no profile.json. Move it away before creating a profile here.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>The new passphrase must not be empty.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>All records verified (records: %1, authors: %2): signatures, ids and chains are intact.</source>
        <translation>All records verified (records: %1, authors: %2): signatures, ids and chains are intact.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>"%1" is not correctly percent-encoded.</source>
        <translation>"%1" is not correctly percent-encoded.</translation>
    </message>
    <message>
        <source>"%1" does not start with %2.</source>
        <translation>"%1" does not start with %2.</translation>
    </message>
    <message>
        <source>"%1" must have three parts separated by dots: company prefix, indicator digit with item reference, and lot.</source>
        <translation>"%1" must have three parts separated by dots: company prefix, indicator digit with item reference, and lot.</translation>
    </message>
    <message>
        <source>"%1" must have three parts separated by dots: company prefix, indicator digit with item reference, and serial.</source>
        <translation>"%1" must have three parts separated by dots: company prefix, indicator digit with item reference, and serial.</translation>
    </message>
    <message>
        <source>The company prefix and item reference in "%1" must be digits.</source>
        <translation>The company prefix and item reference in "%1" must be digits.</translation>
    </message>
    <message>
        <source>In "%1" the company prefix must have 6 to 12 digits and, with the indicator digit and item reference, 13 digits in all.</source>
        <translation>In "%1" the company prefix must have 6 to 12 digits and, with the indicator digit and item reference, 13 digits in all.</translation>
    </message>
    <message>
        <source>A GS1 company prefix has 6 to 12 digits, not %1.</source>
        <translation>A GS1 company prefix has 6 to 12 digits, not %1.</translation>
    </message>
    <message>
        <source>The batch/lot number is empty.</source>
        <translation>The batch/lot number is empty.</translation>
    </message>
    <message>
        <source>The serial number is empty.</source>
        <translation>The serial number is empty.</translation>
    </message>
    <message>
        <source>The batch/lot number "%1" has %2 characters; at most %3 are allowed.</source>
        <translation>The batch/lot number "%1" has %2 characters; at most %3 are allowed.</translation>
    </message>
    <message>
        <source>The serial number "%1" has %2 characters; at most %3 are allowed.</source>
        <translation>The serial number "%1" has %2 characters; at most %3 are allowed.</translation>
    </message>
    <message>
        <source>The batch/lot number "%1" contains "%2", which GS1 does not allow: only A-Z, a-z, 0-9 and ! " % &amp; ' ( ) * + , - . / : ; &lt; = &gt; ? _ may be used (no spaces, no Chinese characters).</source>
        <translation>The batch/lot number "%1" contains "%2", which GS1 does not allow: only A-Z, a-z, 0-9 and ! " % &amp; ' ( ) * + , - . / : ; &lt; = &gt; ? _ may be used (no spaces, no Chinese characters).</translation>
    </message>
    <message>
        <source>The serial number "%1" contains "%2", which GS1 does not allow: only A-Z, a-z, 0-9 and ! " % &amp; ' ( ) * + , - . / : ; &lt; = &gt; ? _ may be used (no spaces, no Chinese characters).</source>
        <translation>The serial number "%1" contains "%2", which GS1 does not allow: only A-Z, a-z, 0-9 and ! " % &amp; ' ( ) * + , - . / : ; &lt; = &gt; ? _ may be used (no spaces, no Chinese characters).</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>kilogram</translation>
    </message>
    <message>
        <source>gram</source>
        <translation>gram</translation>
    </message>
    <message>
        <source>tonne</source>
        <translation>tonne</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>litre</translation>
    </message>
    <message>
        <source>millilitre</source>
        <translation>millilitre</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>piece</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>box</source>
        <translation>box</translation>
    </message>
    <message>
        <source>carton</source>
        <translation>carton</translation>
    </message>
    <message>
        <source>bag</source>
        <translation>bag</translation>
    </message>
    <message>
        <source>sack</source>
        <translation>sack</translation>
    </message>
    <message>
        <source>crate</source>
        <translation>crate</translation>
    </message>
    <message>
        <source>pallet</source>
        <translation>pallet</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>metre</translation>
    </message>
    <message>
        <source>square metre</source>
        <translation>square metre</translation>
    </message>
    <message>
        <source>cubic metre</source>
        <translation>cubic metre</translation>
    </message>
    <message>
        <source>degree Celsius</source>
        <translation>degree Celsius</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>No GTIN was entered.</source>
        <translation>No GTIN was entered.</translation>
    </message>
    <message>
        <source>The GTIN "%1" contains "%2", which is not a digit. A GTIN consists of digits only.</source>
        <translation>The GTIN "%1" contains "%2", which is not a digit. A GTIN consists of digits only.</translation>
    </message>
    <message>
        <source>The GTIN %1 has %2 digits; a GTIN has 8, 12, 13 or 14 digits.</source>
        <translation>The GTIN %1 has %2 digits; a GTIN has 8, 12, 13 or 14 digits.</translation>
    </message>
    <message>
        <source>The GTIN %1 ends in check digit %2, but the correct check digit is %3. Please look for a typing mistake.</source>
        <translation>The GTIN %1 ends in check digit %2, but the correct check digit is %3. Please look for a typing mistake.</translation>
    </message>
    <message>
        <source>The Digital Link base "%1" is not an http:// or https:// address.</source>
        <translation>The Digital Link base "%1" is not an http:// or https:// address.</translation>
    </message>
    <message>
        <source>A Digital Link needs the 14-digit form of the GTIN: %1, not %2.</source>
        <translation>A Digital Link needs the 14-digit form of the GTIN: %1, not %2.</translation>
    </message>
    <message>
        <source>The expiry date %1 cannot be written on a GS1 label (years 2000-2099 only).</source>
        <translation>The expiry date %1 cannot be written on a GS1 label (years 2000-2099 only).</translation>
    </message>
    <message>
        <source>"%1" is not a GS1 date: it must be six digits, YYMMDD.</source>
        <translation>"%1" is not a GS1 date: it must be six digits, YYMMDD.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date: there is no month %2.</source>
        <translation>"%1" is not a valid date: there is no month %2.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date: month %2 has no day %3.</source>
        <translation>"%1" is not a valid date: month %2 has no day %3.</translation>
    </message>
    <message>
        <source>No Digital Link was given.</source>
        <translation>No Digital Link was given.</translation>
    </message>
    <message>
        <source>"%1" is not a GS1 Digital Link: it does not start with http:// or https://.</source>
        <translation>"%1" is not a GS1 Digital Link: it does not start with http:// or https://.</translation>
    </message>
    <message>
        <source>The Digital Link path contains an empty element ("//").</source>
        <translation>The Digital Link path contains an empty element ("//").</translation>
    </message>
    <message>
        <source>The Digital Link has no value after /%1/.</source>
        <translation>The Digital Link has no value after /%1/.</translation>
    </message>
    <message>
        <source>"%1" is not a GS1 Digital Link: it has no /01/ followed by a GTIN.</source>
        <translation>"%1" is not a GS1 Digital Link: it has no /01/ followed by a GTIN.</translation>
    </message>
    <message>
        <source>The Digital Link path repeats /%1/ or has it out of order: it must be /01/{GTIN}/10/{lot}/21/{serial}.</source>
        <translation>The Digital Link path repeats /%1/ or has it out of order: it must be /01/{GTIN}/10/{lot}/21/{serial}.</translation>
    </message>
    <message>
        <source>The Digital Link path element /%1/ is not supported; only /01/, /10/ and /21/ are.</source>
        <translation>The Digital Link path element /%1/ is not supported; only /01/, /10/ and /21/ are.</translation>
    </message>
    <message>
        <source>The Digital Link gives the expiry date (17) twice.</source>
        <translation>The Digital Link gives the expiry date (17) twice.</translation>
    </message>
    <message>
        <source>"%1" is not a Suyuan batch identifier (urn:suyuan:lot:{product code}:{lot}).</source>
        <translation>"%1" is not a Suyuan batch identifier (urn:suyuan:lot:{product code}:{lot}).</translation>
    </message>
    <message>
        <source>A product without a GTIN needs a product code.</source>
        <translation>A product without a GTIN needs a product code.</translation>
    </message>
    <message>
        <source>A product needs a name (Chinese or English).</source>
        <translation>A product needs a name (Chinese or English).</translation>
    </message>
    <message>
        <source>A product without a GTIN needs a local product code.</source>
        <translation>A product without a GTIN needs a local product code.</translation>
    </message>
    <message>
        <source>"%1" is not a known unit (UN/ECE Rec 20 codes such as KGM, TNE, LTR, H87).</source>
        <translation>"%1" is not a known unit (UN/ECE Rec 20 codes such as KGM, TNE, LTR, H87).</translation>
    </message>
    <message>
        <source>A party needs a key (a short code such as fengjie-coop).</source>
        <translation>A party needs a key (a short code such as fengjie-coop).</translation>
    </message>
    <message>
        <source>A party needs a name (Chinese or English).</source>
        <translation>A party needs a name (Chinese or English).</translation>
    </message>
    <message>
        <source>"%1" is not a valid GLN (13 digits with a check digit).</source>
        <translation>"%1" is not a valid GLN (13 digits with a check digit).</translation>
    </message>
    <message>
        <source>A location needs a key (a short code such as plot-07).</source>
        <translation>A location needs a key (a short code such as plot-07).</translation>
    </message>
    <message>
        <source>A location needs a name (Chinese or English).</source>
        <translation>A location needs a name (Chinese or English).</translation>
    </message>
    <message>
        <source>There is no product "%1". Add it first.</source>
        <translation>There is no product "%1". Add it first.</translation>
    </message>
    <message>
        <source>The harvested quantity must be more than zero.</source>
        <translation>The harvested quantity must be more than zero.</translation>
    </message>
    <message>
        <source>Batch %1 exists already.</source>
        <translation>Batch %1 exists already.</translation>
    </message>
    <message>
        <source>Processing needs at least one input batch and one output batch.</source>
        <translation>Processing needs at least one input batch and one output batch.</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>There is no batch %1.</translation>
    </message>
    <message>
        <source>Batch %1 is %2 and cannot be processed.</source>
        <translation>Batch %1 is %2 and cannot be processed.</translation>
    </message>
    <message>
        <source>Batch %1 is counted in %2, not %3.</source>
        <translation>Batch %1 is counted in %2, not %3.</translation>
    </message>
    <message>
        <source>Batch %1 has %2 %3 available; %4 %3 cannot be taken from it.</source>
        <translation>Batch %1 has %2 %3 available; %4 %3 cannot be taken from it.</translation>
    </message>
    <message>
        <source>Every output batch needs a quantity above zero.</source>
        <translation>Every output batch needs a quantity above zero.</translation>
    </message>
    <message>
        <source>The outputs (%1 %3) exceed the inputs (%2 %3) by more than the allowed %4%.</source>
        <translation>The outputs (%1 %3) exceed the inputs (%2 %3) by more than the allowed %4%.</translation>
    </message>
    <message>
        <source>Batch %1 is %2 and cannot be shipped.</source>
        <translation>Batch %1 is %2 and cannot be shipped.</translation>
    </message>
    <message>
        <source>A shipment needs a destination party.</source>
        <translation>A shipment needs a destination party.</translation>
    </message>
    <message>
        <source>Receiving needs the location where the goods arrived.</source>
        <translation>Receiving needs the location where the goods arrived.</translation>
    </message>
    <message>
        <source>There is no batch %1 in this ledger.</source>
        <translation>There is no batch %1 in this ledger.</translation>
    </message>
    <message>
        <source>There is no batch with lot %1.</source>
        <translation>There is no batch with lot %1.</translation>
    </message>
    <message>
        <source>Several products have a batch with lot %1; give its full identifier.</source>
        <translation>Several products have a batch with lot %1; give its full identifier.</translation>
    </message>
    <message>
        <source>Filling the demo ledger was cancelled; what was written so far stays in the ledger.</source>
        <translation>Filling the demo ledger was cancelled; what was written so far stays in the ledger.</translation>
    </message>
    <message>
        <source>The demo size must be zero or more events, in chunks of at least one.</source>
        <translation>The demo size must be zero or more events, in chunks of at least one.</translation>
    </message>
    <message>
        <source>The demo data can only go into a new, empty profile.</source>
        <translation>The demo data can only go into a new, empty profile.</translation>
    </message>
    <message>
        <source>Record %1 is missing.</source>
        <translation>Record %1 is missing.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 is not valid JSON: %2 at byte %3</translation>
    </message>
    <message>
        <source>%1: an EPCIS document must be a JSON object</source>
        <translation>%1: an EPCIS document must be a JSON object</translation>
    </message>
    <message>
        <source>%1: the event takes %2 bytes as a record; the limit is %3</source>
        <translation>%1: the event takes %2 bytes as a record; the limit is %3</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: is required</translation>
    </message>
    <message>
        <source>%1: unexpected member</source>
        <translation>%1: unexpected member</translation>
    </message>
    <message>
        <source>%1: is not an EPCIS member; an extension member must be named by a URI or a prefixed name such as example:myField</source>
        <translation>%1: is not an EPCIS member; an extension member must be named by a URI or a prefixed name such as example:myField</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1: must be an array</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: must be a string</translation>
    </message>
    <message>
        <source>%1: must be a number</source>
        <translation>%1: must be a number</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: must be true or false</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: must not be empty</translation>
    </message>
    <message>
        <source>%1: must be a URI (a scheme such as urn: or https:, then URI characters)</source>
        <translation>%1: must be a URI (a scheme such as urn: or https:, then URI characters)</translation>
    </message>
    <message>
        <source>%1: must be a date and time with Z or a UTC offset (RFC 3339, such as 2026-02-10T08:30:00.000+08:00)</source>
        <translation>%1: must be a date and time with Z or a UTC offset (RFC 3339, such as 2026-02-10T08:30:00.000+08:00)</translation>
    </message>
    <message>
        <source>%1: must be a UTC offset from -14:00 to +14:00, such as +08:00</source>
        <translation>%1: must be a UTC offset from -14:00 to +14:00, such as +08:00</translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation>%1: must be one of %2</translation>
    </message>
    <message>
        <source>%1: write the CBV value as the bare word (%2), not as a URN or GS1 URI</source>
        <translation>%1: write the CBV value as the bare word (%2), not as a URN or GS1 URI</translation>
    </message>
    <message>
        <source>%1: "%2" is not a CBV 2.0 value; use one of %3, or a URI for a value of your own</source>
        <translation>%1: "%2" is not a CBV 2.0 value; use one of %3, or a URI for a value of your own</translation>
    </message>
    <message>
        <source>%1: "%2" is not a GS1 value; use one of %3, or a URI for a value of your own</source>
        <translation>%1: "%2" is not a GS1 value; use one of %3, or a URI for a value of your own</translation>
    </message>
    <message>
        <source>%1: repeats an earlier element</source>
        <translation>%1: repeats an earlier element</translation>
    </message>
    <message>
        <source>%1: must be a unit code of 2 or 3 capital letters or digits (UN/ECE Rec 20, such as KGM)</source>
        <translation>%1: must be a unit code of 2 or 3 capital letters or digits (UN/ECE Rec 20, such as KGM)</translation>
    </message>
    <message>
        <source>%1: needs set or unset (or both)</source>
        <translation>%1: needs set or unset (or both)</translation>
    </message>
    <message>
        <source>%1: must be hexadecimal digits</source>
        <translation>%1: must be hexadecimal digits</translation>
    </message>
    <message>
        <source>%1: must be a URI, an object, or an array of them</source>
        <translation>%1: must be a URI, an object, or an array of them</translation>
    </message>
    <message>
        <source>%1: must be a URI or an object</source>
        <translation>%1: must be a URI or an object</translation>
    </message>
    <message>
        <source>%1: an ObjectEvent needs an epcList, a non-empty quantityList, or a sensorElementList with a readPoint</source>
        <translation>%1: an ObjectEvent needs an epcList, a non-empty quantityList, or a sensorElementList with a readPoint</translation>
    </message>
    <message>
        <source>%1: is only allowed when action is ADD</source>
        <translation>%1: is only allowed when action is ADD</translation>
    </message>
    <message>
        <source>%1: needs a non-empty childEPCs or childQuantityList unless action is DELETE</source>
        <translation>%1: needs a non-empty childEPCs or childQuantityList unless action is DELETE</translation>
    </message>
    <message>
        <source>%1: needs an epcList or a non-empty quantityList unless action is DELETE</source>
        <translation>%1: needs an epcList or a non-empty quantityList unless action is DELETE</translation>
    </message>
    <message>
        <source>%1: a TransformationEvent needs inputs and outputs, or a transformationID with inputs or outputs</source>
        <translation>%1: a TransformationEvent needs inputs and outputs, or a transformationID with inputs or outputs</translation>
    </message>
    <message>
        <source>%1: is too large to be stored exactly (integers up to 2^53 - 1); write it as a string</source>
        <translation>%1: is too large to be stored exactly (integers up to 2^53 - 1); write it as a string</translation>
    </message>
    <message>
        <source>%1: unknown event type "%2"; expected ObjectEvent, AggregationEvent, TransformationEvent, AssociationEvent or TransactionEvent</source>
        <translation>%1: unknown event type "%2"; expected ObjectEvent, AggregationEvent, TransformationEvent, AssociationEvent or TransactionEvent</translation>
    </message>
    <message>
        <source>%1: must be a number, a string or an object</source>
        <translation>%1: must be a number, a string or an object</translation>
    </message>
    <message>
        <source>%1: must be "EPCISDocument"</source>
        <translation>%1: must be "EPCISDocument"</translation>
    </message>
    <message>
        <source>%1: must be a version number such as 2.0</source>
        <translation>%1: must be a version number such as 2.0</translation>
    </message>
    <message>
        <source>Recall impact report</source>
        <translation>Recall impact report</translation>
    </message>
    <message>
        <source>Batch: %1 (lot %2)</source>
        <translation>Batch: %1 (lot %2)</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <source>Generated %1 by node %2</source>
        <translation>Generated %1 by node %2</translation>
    </message>
    <message>
        <source>%1 batches are affected.</source>
        <translation>%1 batches are affected.</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>"%1" is not an attachment's SHA-256 (64 hexadecimal digits).</source>
        <translation>"%1" is not an attachment's SHA-256 (64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>An attachment name may have at most %1 characters.</source>
        <translation>An attachment name may have at most %1 characters.</translation>
    </message>
    <message>
        <source>An attachment name may not contain control characters (line breaks, tabs …).</source>
        <translation>An attachment name may not contain control characters (line breaks, tabs …).</translation>
    </message>
    <message>
        <source>Attachment "%1" is %2 bytes; the limit is %3 bytes (32 MiB).</source>
        <translation>Attachment "%1" is %2 bytes; the limit is %3 bytes (32 MiB).</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>There is no attachment %1.</translation>
    </message>
    <message>
        <source>Attachment %1: part %2 of %3 cannot be read.</source>
        <translation>Attachment %1: part %2 of %3 cannot be read.</translation>
    </message>
    <message>
        <source>Attachment incomplete: %1 of %2 parts (%3).</source>
        <translation>Attachment incomplete: %1 of %2 parts (%3).</translation>
    </message>
    <message>
        <source>Attachment %1 does not match its SHA-256.</source>
        <translation>Attachment %1 does not match its SHA-256.</translation>
    </message>
    <message>
        <source>Attachment "%1" is empty.</source>
        <translation>Attachment "%1" is empty.</translation>
    </message>
    <message>
        <source>"%1" is not a media type such as application/pdf or image/jpeg.</source>
        <translation>"%1" is not a media type such as application/pdf or image/jpeg.</translation>
    </message>
    <message>
        <source>Attachment %1 was stored but is not indexed.</source>
        <translation>Attachment %1 was stored but is not indexed.</translation>
    </message>
    <message>
        <source>The file is not valid %1.</source>
        <translation>The file is not valid %1.</translation>
    </message>
    <message>
        <source>The file is not valid %1: line %2, byte %3.</source>
        <translation>The file is not valid %1: line %2, byte %3.</translation>
    </message>
    <message>
        <source>This system cannot convert GB18030 text.</source>
        <translation>This system cannot convert GB18030 text.</translation>
    </message>
    <message>
        <source>The file is in UTF-16, which cannot be imported: save it as CSV in UTF-8 (or GB18030).</source>
        <translation>The file is in UTF-16, which cannot be imported: save it as CSV in UTF-8 (or GB18030).</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (line %1, byte %2) nor GB18030 (%3). Save it as CSV in UTF-8 and try again.</source>
        <translation>The file is neither UTF-8 (line %1, byte %2) nor GB18030 (%3). Save it as CSV in UTF-8 and try again.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed (a " is missing).</source>
        <translation>The quoted field that starts on line %1 is never closed (a " is missing).</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted field; a quote inside a quoted field must be doubled ("").</source>
        <translation>Text follows the closing quote of a quoted field; a quote inside a quoted field must be doubled ("").</translation>
    </message>
    <message>
        <source>Unknown column. The columns are: %1.</source>
        <translation>Unknown column. The columns are: %1.</translation>
    </message>
    <message>
        <source>This column appears twice (also column %1).</source>
        <translation>This column appears twice (also column %1).</translation>
    </message>
    <message>
        <source>This required column is missing.</source>
        <translation>This required column is missing.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header row, but this row has a value in it.</source>
        <translation>Column %1 has no name in the header row, but this row has a value in it.</translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>This row has %1 fields; the header has %2.</translation>
    </message>
    <message>
        <source>Batch %1 of %2 appears twice in the file (also row %3).</source>
        <translation>Batch %1 of %2 appears twice in the file (also row %3).</translation>
    </message>
    <message>
        <source>Batch %1 of %2 exists already in the ledger.</source>
        <translation>Batch %1 of %2 exists already in the ledger.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>A value is required.</translation>
    </message>
    <message>
        <source>There is no product "%1" (give its key, GTIN or local product code; add the product first).</source>
        <translation>There is no product "%1" (give its key, GTIN or local product code; add the product first).</translation>
    </message>
    <message>
        <source>"%1" is not a number (write it like 18500 or 18500.5; the unit goes in its own column).</source>
        <translation>"%1" is not a number (write it like 18500 or 18500.5; the unit goes in its own column).</translation>
    </message>
    <message>
        <source>The quantity must be more than zero, not %1.</source>
        <translation>The quantity must be more than zero, not %1.</translation>
    </message>
    <message>
        <source>There is no location "%1" (give its key; add the location first).</source>
        <translation>There is no location "%1" (give its key; add the location first).</translation>
    </message>
    <message>
        <source>"%1" is not a time; write it like 2026-02-10 08:30 or 2026-02-10T08:30:00+08:00.</source>
        <translation>"%1" is not a time; write it like 2026-02-10 08:30 or 2026-02-10T08:30:00+08:00.</translation>
    </message>
    <message>
        <source>The harvest date %1 is in the future.</source>
        <translation>The harvest date %1 is in the future.</translation>
    </message>
    <message>
        <source>The time %1 is in the future.</source>
        <translation>The time %1 is in the future.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it like 2026-02-10.</source>
        <translation>"%1" is not a date; write it like 2026-02-10.</translation>
    </message>
    <message>
        <source>The harvest date %1 is after the time of the record (%2).</source>
        <translation>The harvest date %1 is after the time of the record (%2).</translation>
    </message>
    <message>
        <source>"%1" is not a two-letter country code (ISO 3166-1, such as CN).</source>
        <translation>"%1" is not a two-letter country code (ISO 3166-1, such as CN).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>The import was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>The file has a header but no rows to import.</translation>
    </message>
    <message>
        <source>EPCIS export cancelled after %1 of %2 events; no file was written.</source>
        <translation>EPCIS export cancelled after %1 of %2 events; no file was written.</translation>
    </message>
    <message>
        <source>The EPCIS export is not valid JSON: %1 at byte %2</source>
        <translation>The EPCIS export is not valid JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this ledger. Add the file first.</source>
        <translation>There is no attachment %1 in this ledger. Add the file first.</translation>
    </message>
    <message>
        <source>Attachment %1 is incomplete: %2 of %3 parts are here.</source>
        <translation>Attachment %1 is incomplete: %2 of %3 parts are here.</translation>
    </message>
    <message>
        <source>Name the batches or the place (plot, warehouse) this record is about.</source>
        <translation>Name the batches or the place (plot, warehouse) this record is about.</translation>
    </message>
    <message>
        <source>"%1" is not a kind of field work (one of: %2).</source>
        <translation>"%1" is not a kind of field work (one of: %2).</translation>
    </message>
    <message>
        <source>The dose must be a number above zero.</source>
        <translation>The dose must be a number above zero.</translation>
    </message>
    <message>
        <source>Fertilising and plant protection need the product used and its dose.</source>
        <translation>Fertilising and plant protection need the product used and its dose.</translation>
    </message>
    <message>
        <source>A lab test needs at least one measured result.</source>
        <translation>A lab test needs at least one measured result.</translation>
    </message>
    <message>
        <source>"%1" is not an EPCIS measurement type (such as Temperature, MassConcentration, Dimensionless).</source>
        <translation>"%1" is not an EPCIS measurement type (such as Temperature, MassConcentration, Dimensionless).</translation>
    </message>
    <message>
        <source>The result of "%1" is not a number.</source>
        <translation>The result of "%1" is not a number.</translation>
    </message>
    <message>
        <source>Name the case or pallet (an SSCC or a code).</source>
        <translation>Name the case or pallet (an SSCC or a code).</translation>
    </message>
    <message>
        <source>%1 is not a valid SSCC: its check digit is wrong.</source>
        <translation>%1 is not a valid SSCC: its check digit is wrong.</translation>
    </message>
    <message>
        <source>A case code may use only letters, digits, - _ and . (not "%1").</source>
        <translation>A case code may use only letters, digits, - _ and . (not "%1").</translation>
    </message>
    <message>
        <source>Packing needs at least one batch to pack.</source>
        <translation>Packing needs at least one batch to pack.</translation>
    </message>
    <message>
        <source>Nothing was packed into %1.</source>
        <translation>Nothing was packed into %1.</translation>
    </message>
    <message>
        <source>Batch %1 is recalled and must not be sold.</source>
        <translation>Batch %1 is recalled and must not be sold.</translation>
    </message>
    <message>
        <source>Say why the goods are destroyed.</source>
        <translation>Say why the goods are destroyed.</translation>
    </message>
    <message>
        <source>"%1" is not a reason for a correction (incorrect_data or did_not_occur).</source>
        <translation>"%1" is not a reason for a correction (incorrect_data or did_not_occur).</translation>
    </message>
    <message>
        <source>Event %1 has been declared wrong already.</source>
        <translation>Event %1 has been declared wrong already.</translation>
    </message>
    <message>
        <source>There is no event %1 in this ledger.</source>
        <translation>There is no event %1 in this ledger.</translation>
    </message>
    <message>
        <source>The private part of event %1 is not in this ledger (it stays with the node that recorded it).</source>
        <translation>The private part of event %1 is not in this ledger (it stays with the node that recorded it).</translation>
    </message>
    <message>
        <source>The private part of event %1 does not match its hash.</source>
        <translation>The private part of event %1 does not match its hash.</translation>
    </message>
    <message>
        <source>Batch %1 is harvested twice.</source>
        <translation>Batch %1 is harvested twice.</translation>
    </message>
    <message>
        <source>"%1" is not a kind of master data.</source>
        <translation>"%1" is not a kind of master data.</translation>
    </message>
    <message>
        <source>Import cancelled after checking %1 of %2 events; nothing was stored.</source>
        <translation>Import cancelled after checking %1 of %2 events; nothing was stored.</translation>
    </message>
    <message>
        <source>"%1" is not a way of transport (one of: %2).</source>
        <translation>"%1" is not a way of transport (one of: %2).</translation>
    </message>
    <message>
        <source>Batch %1 has no GS1 or local identifier to print.</source>
        <translation>Batch %1 has no GS1 or local identifier to print.</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>Cannot read the image %1: %2</translation>
    </message>
    <message>
        <source>The label address has no value after /%1/.</source>
        <translation>The label address has no value after /%1/.</translation>
    </message>
    <message>
        <source>A label names a product by its GTIN or, when it has none, by its product code; not by both.</source>
        <translation>A label names a product by its GTIN or, when it has none, by its product code; not by both.</translation>
    </message>
    <message>
        <source>A label needs the product's GTIN or, when it has none, its product code.</source>
        <translation>A label needs the product's GTIN or, when it has none, its product code.</translation>
    </message>
    <message>
        <source>"%1" contains %2 (character %3), which cannot go on a label: no line breaks or control characters.</source>
        <translation>"%1" contains %2 (character %3), which cannot go on a label: no line breaks or control characters.</translation>
    </message>
    <message>
        <source>The label base address "%1" must be an http:// or https:// address such as https://trace.example.cn.</source>
        <translation>The label base address "%1" must be an http:// or https:// address such as https://trace.example.cn.</translation>
    </message>
    <message>
        <source>The label base address "%1" must not contain "?" or "#": labels add their own query.</source>
        <translation>The label base address "%1" must not contain "?" or "#": labels add their own query.</translation>
    </message>
    <message>
        <source>The label base address "%1" contains %2 (character %3); spaces and control characters are not allowed.</source>
        <translation>The label base address "%1" contains %2 (character %3); spaces and control characters are not allowed.</translation>
    </message>
    <message>
        <source>The label base address "%1" must not contain a user name or password.</source>
        <translation>The label base address "%1" must not contain a user name or password.</translation>
    </message>
    <message>
        <source>The label signature or key has the wrong size.</source>
        <translation>The label signature or key has the wrong size.</translation>
    </message>
    <message>
        <source>Nothing was scanned: the text is empty.</source>
        <translation>Nothing was scanned: the text is empty.</translation>
    </message>
    <message>
        <source>"%1" is not a label code: of the URNs only urn:epc:class:lgtin:, urn:epc:id:sgtin: and urn:suyuan:lot: can be read.</source>
        <translation>"%1" is not a label code: of the URNs only urn:epc:class:lgtin:, urn:epc:id:sgtin: and urn:suyuan:lot: can be read.</translation>
    </message>
    <message>
        <source>"%1" is not a label code: only http:// and https:// addresses can be read, not %2.</source>
        <translation>"%1" is not a label code: only http:// and https:// addresses can be read, not %2.</translation>
    </message>
    <message>
        <source>"%1" is not a lot code: it contains %2 (character %3). A lot code has no spaces, line breaks or control characters; scan one code at a time.</source>
        <translation>"%1" is not a lot code: it contains %2 (character %3). A lot code has no spaces, line breaks or control characters; scan one code at a time.</translation>
    </message>
    <message>
        <source>"%1…" is not a lot code: it has %2 characters; a lot code has at most %3.</source>
        <translation>"%1…" is not a lot code: it has %2 characters; a lot code has at most %3.</translation>
    </message>
    <message>
        <source>The code carries no signature.</source>
        <translation>The code carries no signature.</translation>
    </message>
    <message>
        <source>The label gives its issuer (k) or its signature (s) more than once.</source>
        <translation>The label gives its issuer (k) or its signature (s) more than once.</translation>
    </message>
    <message>
        <source>The label has a signature (s) but no issuer (k).</source>
        <translation>The label has a signature (s) but no issuer (k).</translation>
    </message>
    <message>
        <source>The label names an issuer (k) but has no signature (s).</source>
        <translation>The label names an issuer (k) but has no signature (s).</translation>
    </message>
    <message>
        <source>The issuer (k) "%1" is damaged: it must be %2 base32 characters (or %3 base64url characters).</source>
        <translation>The issuer (k) "%1" is damaged: it must be %2 base32 characters (or %3 base64url characters).</translation>
    </message>
    <message>
        <source>The signature (s) is damaged: it has %1 characters where a label signature has %2 base32 (or %3 base64url) characters, all from that alphabet.</source>
        <translation>The signature (s) is damaged: it has %1 characters where a label signature has %2 base32 (or %3 base64url) characters, all from that alphabet.</translation>
    </message>
    <message>
        <source>The label is signed by a node this ledger does not know (issuer %1). Receive that node's records (sync or bundle) to check its labels.</source>
        <translation>The label is signed by a node this ledger does not know (issuer %1). Receive that node's records (sync or bundle) to check its labels.</translation>
    </message>
    <message>
        <source>The signature does not match what the label says: the label was altered (GTIN, product, lot, serial or expiry) or forged.</source>
        <translation>The signature does not match what the label says: the label was altered (GTIN, product, lot, serial or expiry) or forged.</translation>
    </message>
    <message>
        <source>Labels need fonts, and so a graphical application object (QGuiApplication; the offscreen platform will do).</source>
        <translation>Labels need fonts, and so a graphical application object (QGuiApplication; the offscreen platform will do).</translation>
    </message>
    <message>
        <source>Lot: %1</source>
        <translation>Lot: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Serial: %1</translation>
    </message>
    <message>
        <source>Produced: %1</source>
        <translation>Produced: %1</translation>
    </message>
    <message>
        <source>Best before: %1</source>
        <translation>Best before: %1</translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation>Net: %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origin: %1</translation>
    </message>
    <message>
        <source>Producer: %1</source>
        <translation>Producer: %1</translation>
    </message>
    <message>
        <source>Entity code: %1</source>
        <translation>Entity code: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Edible farm produce: %1</source>
        <translation>Edible farm produce: %1</translation>
    </message>
    <message>
        <source>Quantity (weight): %1</source>
        <translation>Quantity (weight): %1</translation>
    </message>
    <message>
        <source>Issue date: %1</source>
        <translation>Issue date: %1</translation>
    </message>
    <message>
        <source>Compliance pledge certificate</source>
        <translation>Compliance pledge certificate</translation>
    </message>
    <message>
        <source>For the edible farm produce I produce and sell, I pledge to:</source>
        <translation>For the edible farm produce I produce and sell, I pledge to:</translation>
    </message>
    <message>
        <source>and I am responsible for the quality and safety of the produce and for the truth of this certificate.</source>
        <translation>and I am responsible for the quality and safety of the produce and for the truth of this certificate.</translation>
    </message>
    <message>
        <source>use no banned or restricted pesticides or veterinary drugs</source>
        <translation>use no banned or restricted pesticides or veterinary drugs</translation>
    </message>
    <message>
        <source>use no illegal additives</source>
        <translation>use no illegal additives</translation>
    </message>
    <message>
        <source>observe the pre-harvest intervals for pesticides and the withdrawal periods for veterinary drugs</source>
        <translation>observe the pre-harvest intervals for pesticides and the withdrawal periods for veterinary drugs</translation>
    </message>
    <message>
        <source>sell only edible farm produce that meets the mandatory national food safety standards for pesticide and veterinary drug residues</source>
        <translation>sell only edible farm produce that meets the mandatory national food safety standards for pesticide and veterinary drug residues</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>There are no labels to print.</translation>
    </message>
    <message>
        <source>The device does not take pages of %1 × %2 mm.</source>
        <translation>The device does not take pages of %1 × %2 mm.</translation>
    </message>
    <message>
        <source>Cannot start printing the labels.</source>
        <translation>Cannot start printing the labels.</translation>
    </message>
    <message>
        <source>Label %1: %2</source>
        <translation>Label %1: %2</translation>
    </message>
    <message>
        <source>Printing the labels was cancelled.</source>
        <translation>Printing the labels was cancelled.</translation>
    </message>
    <message>
        <source>The labels could not be printed.</source>
        <translation>The labels could not be printed.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution labels can be drawn at.</source>
        <translation>%1 dpi is not a resolution labels can be drawn at.</translation>
    </message>
    <message>
        <source>The PNG image could not be made.</source>
        <translation>The PNG image could not be made.</translation>
    </message>
    <message>
        <source>The number of copies must be at least 1.</source>
        <translation>The number of copies must be at least 1.</translation>
    </message>
    <message>
        <source>The serial numbers must lie between 0 and 999999999.</source>
        <translation>The serial numbers must lie between 0 and 999999999.</translation>
    </message>
    <message>
        <source>Trace QR with compliance pledge certificate, %1 × %2 mm</source>
        <translation>Trace QR with compliance pledge certificate, %1 × %2 mm</translation>
    </message>
    <message>
        <source>A4 sheet of %1 × %2 labels, %3 × %4 mm each</source>
        <translation>A4 sheet of %1 × %2 labels, %3 × %4 mm each</translation>
    </message>
    <message>
        <source>Thermal label %1 × %2 mm</source>
        <translation>Thermal label %1 × %2 mm</translation>
    </message>
    <message>
        <source>There is no label template "%1". The templates are: %2.</source>
        <translation>There is no label template "%1". The templates are: %2.</translation>
    </message>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>There is nothing to put in the QR code.</translation>
    </message>
    <message>
        <source>The QR code text contains a NUL character.</source>
        <translation>The QR code text contains a NUL character.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes at error correction %2).</source>
        <translation>The text is too long for a QR code (%1 bytes at error correction %2).</translation>
    </message>
    <message>
        <source>The QR code cannot be made (error %1).</source>
        <translation>The QR code cannot be made (error %1).</translation>
    </message>
    <message>
        <source>Refusing to sign a message without its own context tag: it could be taken for a record.</source>
        <translation>Refusing to sign a message without its own context tag: it could be taken for a record.</translation>
    </message>
    <message>
        <source>Labels are written as .pdf, .png or .svg, not %1.</source>
        <translation>Labels are written as .pdf, .png or .svg, not %1.</translation>
    </message>
    <message>
        <source>The page template %1 cannot be read: %2</source>
        <translation>The page template %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The page template %1/page.html has no @SUYUAN_DATA@ placeholder.</source>
        <translation>The page template %1/page.html has no @SUYUAN_DATA@ placeholder.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Batch %1 has no GS1 or local identifier, so it has no page address.</source>
        <translation>Batch %1 has no GS1 or local identifier, so it has no page address.</translation>
    </message>
    <message>
        <source>No folder was given for the site.</source>
        <translation>No folder was given for the site.</translation>
    </message>
    <message>
        <source>The site language must be zh-CN or en, not %1.</source>
        <translation>The site language must be zh-CN or en, not %1.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 exists and is not a folder.</translation>
    </message>
    <message>
        <source>The site export was cancelled; the pages written until then are complete.</source>
        <translation>The site export was cancelled; the pages written until then are complete.</translation>
    </message>
    <message>
        <source>There is no site folder to serve here.</source>
        <translation>There is no site folder to serve here.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
    </message>
    <message>
        <source>There is no page at this address. Check the code on the package, or scan it again.</source>
        <translation>There is no page at this address. Check the code on the package, or scan it again.</translation>
    </message>
    <message>
        <source>This site only answers GET and HEAD requests.</source>
        <translation>This site only answers GET and HEAD requests.</translation>
    </message>
    <message>
        <source>The request cannot be answered.</source>
        <translation>The request cannot be answered.</translation>
    </message>
    <message>
        <source>Only item-level labels (with a serial number) are recorded as scans.</source>
        <translation>Only item-level labels (with a serial number) are recorded as scans.</translation>
    </message>
    <message>
        <source>"%1" is not a label check result (one of: %2).</source>
        <translation>"%1" is not a label check result (one of: %2).</translation>
    </message>
    <message>
        <source>The batch %1 is not in this ledger.</source>
        <translation>The batch %1 is not in this ledger.</translation>
    </message>
    <message>
        <source>Choose where the label was scanned: "%1" is not a location of this ledger (add it under Master data).</source>
        <translation>Choose where the label was scanned: "%1" is not a location of this ledger (add it under Master data).</translation>
    </message>
    <message>
        <source>Possible copied label: serial %1 was scanned at %2 (%3), where this batch has never been.</source>
        <translation>Possible copied label: serial %1 was scanned at %2 (%3), where this batch has never been.</translation>
    </message>
    <message>
        <source>Possible copied label: serial %1 was scanned at %2 (%3) after %4 (%5), and the batch was not received at %2 in between.</source>
        <translation>Possible copied label: serial %1 was scanned at %2 (%3) after %4 (%5), and the batch was not received at %2 in between.</translation>
    </message>
</context>
<context>
    <name>suyuan-cli</name>
    <message>
        <source>suyuan-cli: %1</source>
        <translation>suyuan-cli: %1</translation>
    </message>
    <message>
        <source>There is no profile in %1. Create one with: suyuan-cli --profile %1 init</source>
        <translation>There is no profile in %1. Create one with: suyuan-cli --profile %1 init</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase for %1: </translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unknown command %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli [--profile DIR] %1 %2</source>
        <translation>Usage: suyuan-cli [--profile DIR] %1 %2</translation>
    </message>
    <message>
        <source>suyuan-cli %1: %2</source>
        <translation>suyuan-cli %1: %2</translation>
    </message>
    <message>
        <source>suyuan-cli %1: wrong number of arguments</source>
        <translation>suyuan-cli %1: wrong number of arguments</translation>
    </message>
    <message>
        <source>Organisation name (合作社, processor, warehouse …).</source>
        <translation>Organisation name (合作社, processor, warehouse …).</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>Create a profile: an encrypted ledger database and this node's Ed25519 key.</source>
        <translation>Create a profile: an encrypted ledger database and this node's Ed25519 key.</translation>
    </message>
    <message>
        <source>A profile already exists in %1.</source>
        <translation>A profile already exists in %1.</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>My organisation</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>New passphrase for %1: </translation>
    </message>
    <message>
        <source>Deriving the database key (this takes about half a second)…</source>
        <translation>Deriving the database key (this takes about half a second)…</translation>
    </message>
    <message>
        <source>Created profile %1</source>
        <translation>Created profile %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>Node ID: %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Show this node's identity and ledger size.</source>
        <translation>Show this node's identity and ledger size.</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Public key: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Records: %1 (own chain: %2; held: %3)</source>
        <translation>Records: %1 (own chain: %2; held: %3)</translation>
    </message>
    <message>
        <source>Last audit: %1, %2 records, %3</source>
        <translation>Last audit: %1, %2 records, %3</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>clean</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problems</translation>
    </message>
    <message>
        <source>Last audit: never</source>
        <translation>Last audit: never</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE (else SUYUAN_NEW_PASSPHRASE, else a prompt).</source>
        <translation>Read the new passphrase from FILE (else SUYUAN_NEW_PASSPHRASE, else a prompt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Change the passphrase. The database is re-encrypted under the new key; if this is interrupted, the old passphrase still works.</source>
        <translation>Change the passphrase. The database is re-encrypted under the new key; if this is interrupted, the old passphrase still works.</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>There is no profile in %1.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Re-encrypting the ledger…</source>
        <translation>Re-encrypting the ledger…</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <source>Record kind, a lower-case dotted word (note, epcis.event).</source>
        <translation>Record kind, a lower-case dotted word (note, epcis.event).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The body: a JSON object, or @FILE to read it from FILE.</source>
        <translation>The body: a JSON object, or @FILE to read it from FILE.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Sign a record with this node's key and store it.</source>
        <translation>Sign a record with this node's key and store it.</translation>
    </message>
    <message>
        <source>append needs --kind and --body</source>
        <translation>append needs --kind and --body</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at offset %2</source>
        <translation>The body is not valid JSON: %1 at offset %2</translation>
    </message>
    <message>
        <source>The body must be a JSON object ({…}).</source>
        <translation>The body must be a JSON object ({…}).</translation>
    </message>
    <message>
        <source>Stored record %1 (seq %2)</source>
        <translation>Stored record %1 (seq %2)</translation>
    </message>
    <message>
        <source>Print one JSON object per line, with the signed bytes.</source>
        <translation>Print one JSON object per line, with the signed bytes.</translation>
    </message>
    <message>
        <source>Show at most N records.</source>
        <translation>Show at most N records.</translation>
    </message>
    <message>
        <source>Only records of this node.</source>
        <translation>Only records of this node.</translation>
    </message>
    <message>
        <source>NODEID</source>
        <translation>NODEID</translation>
    </message>
    <message>
        <source>List the records in the ledger, by author and sequence.</source>
        <translation>List the records in the ledger, by author and sequence.</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>No progress on standard error.</translation>
    </message>
    <message>
        <source>Audit the whole ledger: every signature, id, chain link and sequence, on every core, and the database's integrity. Exit code 1 if anything is wrong.</source>
        <translation>Audit the whole ledger: every signature, id, chain link and sequence, on every core, and the database's integrity. Exit code 1 if anything is wrong.</translation>
    </message>
    <message>
        <source>Verifying… %1 / %2</source>
        <translation>Verifying… %1 / %2</translation>
    </message>
    <message>
        <source>FAILED %1 %2</source>
        <translation>FAILED %1 %2</translation>
    </message>
    <message>
        <source>FORK %1 records are kept as evidence of authors signing two versions of one record.</source>
        <translation>FORK %1 records are kept as evidence of authors signing two versions of one record.</translation>
    </message>
    <message>
        <source>Database integrity: %1</source>
        <translation>Database integrity: %1</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli bundle export FILE [--author NODEID] [--since SEQ]
       suyuan-cli bundle import FILE
</source>
        <translation>Usage: suyuan-cli bundle export FILE [--author NODEID] [--since SEQ]
       suyuan-cli bundle import FILE
</translation>
    </message>
    <message>
        <source>bundle needs export or import</source>
        <translation>bundle needs export or import</translation>
    </message>
    <message>
        <source>Only records from this sequence number on.</source>
        <translation>Only records from this sequence number on.</translation>
    </message>
    <message>
        <source>Write records and this node's signed checkpoint to a bundle file.</source>
        <translation>Write records and this node's signed checkpoint to a bundle file.</translation>
    </message>
    <message>
        <source>Verify every record of a bundle and store what passes. Prints the counts: accepted, duplicate, held, rejected (with reasons).</source>
        <translation>Verify every record of a bundle and store what passes. Prints the counts: accepted, duplicate, held, rejected (with reasons).</translation>
    </message>
    <message>
        <source>--since needs a sequence number from 1</source>
        <translation>--since needs a sequence number from 1</translation>
    </message>
    <message>
        <source>Wrote %1 records and %2 checkpoints to %3</source>
        <translation>Wrote %1 records and %2 checkpoints to %3</translation>
    </message>
    <message>
        <source>A name to show for this author.</source>
        <translation>A name to show for this author.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli author list [--json]
       suyuan-cli author trust NODEID [--name NAME]
       suyuan-cli author revoke NODEID
       suyuan-cli author policy pending|reject
Records of authors that are not trusted are held as pending (or rejected, by policy)
until you trust them.
</source>
        <translation>Usage: suyuan-cli author list [--json]
       suyuan-cli author trust NODEID [--name NAME]
       suyuan-cli author revoke NODEID
       suyuan-cli author policy pending|reject
Records of authors that are not trusted are held as pending (or rejected, by policy)
until you trust them.
</translation>
    </message>
    <message>
        <source>author needs list, trust, revoke or policy</source>
        <translation>author needs list, trust, revoke or policy</translation>
    </message>
    <message>
        <source>Manage which authors' records this node accepts.</source>
        <translation>Manage which authors' records this node accepts.</translation>
    </message>
    <message>
        <source>  (%1 held)</source>
        <translation>  (%1 held)</translation>
    </message>
    <message>
        <source>  FORKED</source>
        <translation>  FORKED</translation>
    </message>
    <message>
        <source>policy is pending or reject</source>
        <translation>policy is pending or reject</translation>
    </message>
    <message>
        <source>%1 is now %2 (chain at %3).</source>
        <translation>%1 is now %2 (chain at %3).</translation>
    </message>
    <message>
        <source>Records to append and audit (default 20000).</source>
        <translation>Records to append and audit (default 20000).</translation>
    </message>
    <message>
        <source>Measure this machine's Ed25519 limits and the ledger's append and audit rates, as key: value lines. Uses a temporary profile; no passphrase needed.</source>
        <translation>Measure this machine's Ed25519 limits and the ledger's append and audit rates, as key: value lines. Uses a temporary profile; no passphrase needed.</translation>
    </message>
    <message>
        <source>No passphrase given and no terminal to ask on: use --passphrase-file FILE or the SUYUAN_PASSPHRASE environment variable.</source>
        <translation>No passphrase given and no terminal to ask on: use --passphrase-file FILE or the SUYUAN_PASSPHRASE environment variable.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Cannot read the passphrase file %1: %2</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Records per transaction (default 1000).</source>
        <translation>Records per transaction (default 1000).</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli %1 add|list|show … (--help after the subcommand for its options)
</source>
        <translation>Usage: suyuan-cli %1 add|list|show … (--help after the subcommand for its options)
</translation>
    </message>
    <message>
        <source>%1 needs add, list or show</source>
        <translation>%1 needs add, list or show</translation>
    </message>
    <message>
        <source>Chinese name.</source>
        <translation>Chinese name.</translation>
    </message>
    <message>
        <source>English name.</source>
        <translation>English name.</translation>
    </message>
    <message>
        <source>GTIN (8, 12, 13 or 14 digits).</source>
        <translation>GTIN (8, 12, 13 or 14 digits).</translation>
    </message>
    <message>
        <source>Local product code, for products without a GTIN.</source>
        <translation>Local product code, for products without a GTIN.</translation>
    </message>
    <message>
        <source>Default unit (UN/ECE Rec 20: KGM, TNE, LTR, H87 …).</source>
        <translation>Default unit (UN/ECE Rec 20: KGM, TNE, LTR, H87 …).</translation>
    </message>
    <message>
        <source>Category.</source>
        <translation>Category.</translation>
    </message>
    <message>
        <source>Role: farm, cooperative, processor, logistics, retailer, importer.</source>
        <translation>Role: farm, cooperative, processor, logistics, retailer, importer.</translation>
    </message>
    <message>
        <source>Type: plot, warehouse, processing_site, port, store.</source>
        <translation>Type: plot, warehouse, processing_site, port, store.</translation>
    </message>
    <message>
        <source>GLN (13 digits).</source>
        <translation>GLN (13 digits).</translation>
    </message>
    <message>
        <source>Entity code (主体码).</source>
        <translation>Entity code (主体码).</translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Address.</translation>
    </message>
    <message>
        <source>The party that runs this location.</source>
        <translation>The party that runs this location.</translation>
    </message>
    <message>
        <source>Latitude.</source>
        <translation>Latitude.</translation>
    </message>
    <message>
        <source>Longitude.</source>
        <translation>Longitude.</translation>
    </message>
    <message>
        <source>Master data: an edit is a new signed record; the newest one is shown.</source>
        <translation>Master data: an edit is a new signed record; the newest one is shown.</translation>
    </message>
    <message>
        <source>Saved %1 (record %2).</source>
        <translation>Saved %1 (record %2).</translation>
    </message>
    <message>
        <source>There is no %1 "%2".</source>
        <translation>There is no %1 "%2".</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli batch list [--json] [--limit N]
       suyuan-cli batch show ID [--json]
ID: a lot code, a GS1 Digital Link or an LGTIN URN.
</source>
        <translation>Usage: suyuan-cli batch list [--json] [--limit N]
       suyuan-cli batch show ID [--json]
ID: a lot code, a GS1 Digital Link or an LGTIN URN.
</translation>
    </message>
    <message>
        <source>batch needs list or show</source>
        <translation>batch needs list or show</translation>
    </message>
    <message>
        <source>Show at most N batches (default 100).</source>
        <translation>Show at most N batches (default 100).</translation>
    </message>
    <message>
        <source>Batches (lots): quantity, holder, status and events.</source>
        <translation>Batches (lots): quantity, holder, status and events.</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Batch: %1</translation>
    </message>
    <message>
        <source>Product: %1, lot %2</source>
        <translation>Product: %1, lot %2</translation>
    </message>
    <message>
        <source>Available: %1 %2 (produced %3, used %4)</source>
        <translation>Available: %1 %2 (produced %3, used %4)</translation>
    </message>
    <message>
        <source>Status: %1; holder: %2; location: %3</source>
        <translation>Status: %1; holder: %2; location: %3</translation>
    </message>
    <message>
        <source>  (withdrawn)</source>
        <translation>  (withdrawn)</translation>
    </message>
    <message>
        <source>Product key.</source>
        <translation>Product key.</translation>
    </message>
    <message>
        <source>Lot code (GS1 AI 10).</source>
        <translation>Lot code (GS1 AI 10).</translation>
    </message>
    <message>
        <source>Quantity.</source>
        <translation>Quantity.</translation>
    </message>
    <message>
        <source>Unit (default: the product's).</source>
        <translation>Unit (default: the product's).</translation>
    </message>
    <message>
        <source>Location key.</source>
        <translation>Location key.</translation>
    </message>
    <message>
        <source>Event time, ISO 8601 with offset (default: now).</source>
        <translation>Event time, ISO 8601 with offset (default: now).</translation>
    </message>
    <message>
        <source>An input batch and quantity.</source>
        <translation>An input batch and quantity.</translation>
    </message>
    <message>
        <source>An output batch: product, lot and quantity.</source>
        <translation>An output batch: product, lot and quantity.</translation>
    </message>
    <message>
        <source>CBV business step (default commissioning).</source>
        <translation>CBV business step (default commissioning).</translation>
    </message>
    <message>
        <source>The batch.</source>
        <translation>The batch.</translation>
    </message>
    <message>
        <source>Destination party key.</source>
        <translation>Destination party key.</translation>
    </message>
    <message>
        <source>Destination location key.</source>
        <translation>Destination location key.</translation>
    </message>
    <message>
        <source>Purchase order number.</source>
        <translation>Purchase order number.</translation>
    </message>
    <message>
        <source>Despatch advice number.</source>
        <translation>Despatch advice number.</translation>
    </message>
    <message>
        <source>Bill of lading number.</source>
        <translation>Bill of lading number.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Why.</translation>
    </message>
    <message>
        <source>Record what happened to a batch; it is signed as a GS1 EPCIS 2.0 event.</source>
        <translation>Record what happened to a batch; it is signed as a GS1 EPCIS 2.0 event.</translation>
    </message>
    <message>
        <source>--time needs an ISO 8601 time such as 2026-02-10T09:30:00+08:00</source>
        <translation>--time needs an ISO 8601 time such as 2026-02-10T09:30:00+08:00</translation>
    </message>
    <message>
        <source>harvest needs --product, --lot and a numeric --quantity</source>
        <translation>harvest needs --product, --lot and a numeric --quantity</translation>
    </message>
    <message>
        <source>--ilmd must be a JSON object</source>
        <translation>--ilmd must be a JSON object</translation>
    </message>
    <message>
        <source>Recorded harvest: batch %1</source>
        <translation>Recorded harvest: batch %1</translation>
    </message>
    <message>
        <source>--input takes ID:QTY, not %1</source>
        <translation>--input takes ID:QTY, not %1</translation>
    </message>
    <message>
        <source>--output takes PRODUCT:LOT:QTY, not %1</source>
        <translation>--output takes PRODUCT:LOT:QTY, not %1</translation>
    </message>
    <message>
        <source>Recorded processing: %1</source>
        <translation>Recorded processing: %1</translation>
    </message>
    <message>
        <source>Recorded %1 of %2 (record %3).</source>
        <translation>Recorded %1 of %2 (record %3).</translation>
    </message>
    <message>
        <source>Upstream: everything that went into the batch.</source>
        <translation>Upstream: everything that went into the batch.</translation>
    </message>
    <message>
        <source>Downstream: everywhere the batch went.</source>
        <translation>Downstream: everywhere the batch went.</translation>
    </message>
    <message>
        <source>Genealogy of a batch through any number of processing and packing steps.</source>
        <translation>Genealogy of a batch through any number of processing and packing steps.</translation>
    </message>
    <message>
        <source>trace needs exactly one of --up and --down</source>
        <translation>trace needs exactly one of --up and --down</translation>
    </message>
    <message>
        <source>Write the impact as CSV.</source>
        <translation>Write the impact as CSV.</translation>
    </message>
    <message>
        <source>Recall impact: every batch downstream of ID with its holder, location and quantity. (Recording the recall itself: event record recall.)</source>
        <translation>Recall impact: every batch downstream of ID with its holder, location and quantity. (Recording the recall itself: event record recall.)</translation>
    </message>
    <message>
        <source>%1 batches affected:</source>
        <translation>%1 batches affected:</translation>
    </message>
    <message>
        <source>Also measure genealogy and recall on 10k and 1M events (minutes).</source>
        <translation>Also measure genealogy and recall on 10k and 1M events (minutes).</translation>
    </message>
    <message>
        <source>Size of the large ledger for --trace (default 1000000).</source>
        <translation>Size of the large ledger for --trace (default 1000000).</translation>
    </message>
    <message>
        <source>Harvest data as a JSON object with prefixed keys (cbvmda:harvestStartDate, suyuan:variety …).</source>
        <translation>Harvest data as a JSON object with prefixed keys (cbvmda:harvestStartDate, suyuan:variety …).</translation>
    </message>
    <message>
        <source>Write a printable PDF report.</source>
        <translation>Write a printable PDF report.</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli epcis export [--batch ID] [--from DATE --to DATE] FILE
       suyuan-cli epcis import FILE
</source>
        <translation>Usage: suyuan-cli epcis export [--batch ID] [--from DATE --to DATE] FILE
       suyuan-cli epcis import FILE
</translation>
    </message>
    <message>
        <source>epcis needs export or import</source>
        <translation>epcis needs export or import</translation>
    </message>
    <message>
        <source>Only the genealogy of this batch.</source>
        <translation>Only the genealogy of this batch.</translation>
    </message>
    <message>
        <source>Events from this date or time on (ISO 8601).</source>
        <translation>Events from this date or time on (ISO 8601).</translation>
    </message>
    <message>
        <source>Events before this date or time (ISO 8601).</source>
        <translation>Events before this date or time (ISO 8601).</translation>
    </message>
    <message>
        <source>Write events as a GS1 EPCIS 2.0 document (JSON-LD).</source>
        <translation>Write events as a GS1 EPCIS 2.0 document (JSON-LD).</translation>
    </message>
    <message>
        <source>Import a GS1 EPCIS 2.0 document: every event is checked first, then all are signed by this node in one transaction; nothing is stored if any is invalid.</source>
        <translation>Import a GS1 EPCIS 2.0 document: every event is checked first, then all are signed by this node in one transaction; nothing is stored if any is invalid.</translation>
    </message>
    <message>
        <source>Give either --batch or --from/--to, not both.</source>
        <translation>Give either --batch or --from/--to, not both.</translation>
    </message>
    <message>
        <source>--from and --to take a date (2026-02-01) or an ISO 8601 time</source>
        <translation>--from and --to take a date (2026-02-01) or an ISO 8601 time</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2</source>
        <translation>Wrote %1 events to %2</translation>
    </message>
    <message>
        <source>Add N generated events after the scenario.</source>
        <translation>Add N generated events after the scenario.</translation>
    </message>
    <message>
        <source>Organisation name of the new profile.</source>
        <translation>Organisation name of the new profile.</translation>
    </message>
    <message>
        <source>Create a profile filled with the demo scenario as real signed records: Fengjie navel oranges shipped to Singapore, Fuling zhacai, Jiangjin Sichuan pepper.</source>
        <translation>Create a profile filled with the demo scenario as real signed records: Fengjie navel oranges shipped to Singapore, Fuling zhacai, Jiangjin Sichuan pepper.</translation>
    </message>
    <message>
        <source>--scale needs a whole number</source>
        <translation>--scale needs a whole number</translation>
    </message>
    <message>
        <source>The profile in %1 already holds records; the demo goes into a new profile.</source>
        <translation>The profile in %1 already holds records; the demo goes into a new profile.</translation>
    </message>
    <message>
        <source>Generating… %1 / %2</source>
        <translation>Generating… %1 / %2</translation>
    </message>
    <message>
        <source>Demo ledger in %1: %2 products, %3 parties, %4 locations, %5 batches, %6 events (%7 generated) in %8 s.</source>
        <translation>Demo ledger in %1: %2 products, %3 parties, %4 locations, %5 batches, %6 events (%7 generated) in %8 s.</translation>
    </message>
    <message>
        <source>Only this product.</source>
        <translation>Only this product.</translation>
    </message>
    <message>
        <source>Only this status (active, in_transit, recalled …).</source>
        <translation>Only this status (active, in_transit, recalled …).</translation>
    </message>
    <message>
        <source>Only batches at this location.</source>
        <translation>Only batches at this location.</translation>
    </message>
    <message>
        <source>Only batches held by this party.</source>
        <translation>Only batches held by this party.</translation>
    </message>
    <message>
        <source>Created on or after this date.</source>
        <translation>Created on or after this date.</translation>
    </message>
    <message>
        <source>Created before this date.</source>
        <translation>Created before this date.</translation>
    </message>
    <message>
        <source>Text in the lot, identifier or product name.</source>
        <translation>Text in the lot, identifier or product name.</translation>
    </message>
    <message>
        <source>Do nothing (and succeed) when the profile exists already.</source>
        <translation>Do nothing (and succeed) when the profile exists already.</translation>
    </message>
    <message>
        <source>A profile exists in %1; the demo was not created.</source>
        <translation>A profile exists in %1; the demo was not created.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>There is no attachment %1.</translation>
    </message>
    <message>
        <source>%1 names more than one attachment: give more digits.</source>
        <translation>%1 names more than one attachment: give more digits.</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli attachment add FILE [--name NAME] [--type MIME]
       suyuan-cli attachment list [--json]
       suyuan-cli attachment get SHA256 --out FILE
       suyuan-cli attachment show SHA256 [--json]
Attachments (certificates, lab reports, photos) are stored encrypted in the ledger as signed records, addressed by the SHA-256 of their content. SHA256 may be shortened to a unique prefix of 8 or more digits.
</source>
        <translation>Usage: suyuan-cli attachment add FILE [--name NAME] [--type MIME]
       suyuan-cli attachment list [--json]
       suyuan-cli attachment get SHA256 --out FILE
       suyuan-cli attachment show SHA256 [--json]
Attachments (certificates, lab reports, photos) are stored encrypted in the ledger as signed records, addressed by the SHA-256 of their content. SHA256 may be shortened to a unique prefix of 8 or more digits.
</translation>
    </message>
    <message>
        <source>attachment needs add, list, get or show</source>
        <translation>attachment needs add, list, get or show</translation>
    </message>
    <message>
        <source>The attachment's name (default: the file name).</source>
        <translation>The attachment's name (default: the file name).</translation>
    </message>
    <message>
        <source>Media type, such as application/pdf or image/jpeg (default: guessed).</source>
        <translation>Media type, such as application/pdf or image/jpeg (default: guessed).</translation>
    </message>
    <message>
        <source>Write the content to this file.</source>
        <translation>Write the content to this file.</translation>
    </message>
    <message>
        <source>Store a file (at most 32 MiB) in the ledger, encrypted and signed, and print its SHA-256. A file already held is not stored again.</source>
        <translation>Store a file (at most 32 MiB) in the ledger, encrypted and signed, and print its SHA-256. A file already held is not stored again.</translation>
    </message>
    <message>
        <source>List the attachments held.</source>
        <translation>List the attachments held.</translation>
    </message>
    <message>
        <source>Write an attachment's content to a file, after checking its SHA-256.</source>
        <translation>Write an attachment's content to a file, after checking its SHA-256.</translation>
    </message>
    <message>
        <source>Show an attachment's name, type, size and parts.</source>
        <translation>Show an attachment's name, type, size and parts.</translation>
    </message>
    <message>
        <source>"%1" is not a SHA-256 (64 hexadecimal digits, or a prefix of 8 or more)</source>
        <translation>"%1" is not a SHA-256 (64 hexadecimal digits, or a prefix of 8 or more)</translation>
    </message>
    <message>
        <source>attachment get needs --out FILE</source>
        <translation>attachment get needs --out FILE</translation>
    </message>
    <message>
        <source>(incomplete: %1 of %2 parts)</source>
        <translation>(incomplete: %1 of %2 parts)</translation>
    </message>
    <message>
        <source>SHA-256:    %1</source>
        <translation>SHA-256:    %1</translation>
    </message>
    <message>
        <source>Name:       %1</source>
        <translation>Name:       %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Media type: %1</translation>
    </message>
    <message>
        <source>Size:       %1 (%2 bytes)</source>
        <translation>Size:       %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Parts:      %1 (complete)</source>
        <translation>Parts:      %1 (complete)</translation>
    </message>
    <message>
        <source>Parts:      %1 of %2 held (incomplete)</source>
        <translation>Parts:      %1 of %2 held (incomplete)</translation>
    </message>
    <message>
        <source>A batch (ID, or ID:QTY for part of it); may be repeated.</source>
        <translation>A batch (ID, or ID:QTY for part of it); may be repeated.</translation>
    </message>
    <message>
        <source>Kind of field work: fertilising, plant_protection, irrigation, weeding, pruning, other.</source>
        <translation>Kind of field work: fertilising, plant_protection, irrigation, weeding, pruning, other.</translation>
    </message>
    <message>
        <source>Fertiliser or pesticide used (name, registration).</source>
        <translation>Fertiliser or pesticide used (name, registration).</translation>
    </message>
    <message>
        <source>Dose of the input.</source>
        <translation>Dose of the input.</translation>
    </message>
    <message>
        <source>Unit of the dose (KGM, LTR …).</source>
        <translation>Unit of the dose (KGM, LTR …).</translation>
    </message>
    <message>
        <source>Pre-harvest safety interval in days.</source>
        <translation>Pre-harvest safety interval in days.</translation>
    </message>
    <message>
        <source>A measured result: TYPE:VALUE[:UOM[:NAME[:LIMIT]]]; may be repeated.</source>
        <translation>A measured result: TYPE:VALUE[:UOM[:NAME[:LIMIT]]]; may be repeated.</translation>
    </message>
    <message>
        <source>The inspection passed (conformant).</source>
        <translation>The inspection passed (conformant).</translation>
    </message>
    <message>
        <source>The inspection failed (non-conformant).</source>
        <translation>The inspection failed (non-conformant).</translation>
    </message>
    <message>
        <source>A certificate URI; may be repeated.</source>
        <translation>A certificate URI; may be repeated.</translation>
    </message>
    <message>
        <source>Party key of the inspector or laboratory.</source>
        <translation>Party key of the inspector or laboratory.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>A note.</translation>
    </message>
    <message>
        <source>SHA-256 of a stored attachment; may be repeated.</source>
        <translation>SHA-256 of a stored attachment; may be repeated.</translation>
    </message>
    <message>
        <source>The case or pallet: an SSCC or a code.</source>
        <translation>The case or pallet: an SSCC or a code.</translation>
    </message>
    <message>
        <source>Quantity (default: all that is available).</source>
        <translation>Quantity (default: all that is available).</translation>
    </message>
    <message>
        <source>Business-private fields as a JSON object (price, contract …): kept on this node, named in the event only by a salted hash.</source>
        <translation>Business-private fields as a JSON object (price, contract …): kept on this node, named in the event only by a salted hash.</translation>
    </message>
    <message>
        <source>--quantity needs a number above zero</source>
        <translation>--quantity needs a number above zero</translation>
    </message>
    <message>
        <source>--dose needs a number</source>
        <translation>--dose needs a number</translation>
    </message>
    <message>
        <source>--interval needs a number of days</source>
        <translation>--interval needs a number of days</translation>
    </message>
    <message>
        <source>--result takes TYPE:VALUE[:UOM[:NAME[:LIMIT]]], not %1</source>
        <translation>--result takes TYPE:VALUE[:UOM[:NAME[:LIMIT]]], not %1</translation>
    </message>
    <message>
        <source>give --pass or --fail, not both</source>
        <translation>give --pass or --fail, not both</translation>
    </message>
    <message>
        <source>%1 needs --batch</source>
        <translation>%1 needs --batch</translation>
    </message>
    <message>
        <source>--private must be a JSON object</source>
        <translation>--private must be a JSON object</translation>
    </message>
    <message>
        <source>Recorded %1: event %2 (record %3).</source>
        <translation>Recorded %1: event %2 (record %3).</translation>
    </message>
    <message>
        <source>incorrect_data (the default) or did_not_occur.</source>
        <translation>incorrect_data (the default) or did_not_occur.</translation>
    </message>
    <message>
        <source>eventID of the event that corrects it; may be repeated.</source>
        <translation>eventID of the event that corrects it; may be repeated.</translation>
    </message>
    <message>
        <source>Declare an event wrong (EPCIS error declaration). The event stays, marked withdrawn; its quantities are taken back. Then record the right one.</source>
        <translation>Declare an event wrong (EPCIS error declaration). The event stays, marked withdrawn; its quantities are taken back. Then record the right one.</translation>
    </message>
    <message>
        <source>Event %1 is declared wrong (record %2).</source>
        <translation>Event %1 is declared wrong (record %2).</translation>
    </message>
    <message>
        <source>Show the business-private fields of an event recorded on this node, checked against the hash the event names.</source>
        <translation>Show the business-private fields of an event recorded on this node, checked against the hash the event names.</translation>
    </message>
    <message>
        <source>This event has no private fields.</source>
        <translation>This event has no private fields.</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli import csv FILE [--encoding auto|utf-8|gb18030] [--dry-run] [--json]
       suyuan-cli import csv --template [OUT.csv] [--zh] [--encoding utf-8|gb18030]
</source>
        <translation>Usage: suyuan-cli import csv FILE [--encoding auto|utf-8|gb18030] [--dry-run] [--json]
       suyuan-cli import csv --template [OUT.csv] [--zh] [--encoding utf-8|gb18030]
</translation>
    </message>
    <message>
        <source>import needs csv</source>
        <translation>import needs csv</translation>
    </message>
    <message>
        <source>Text encoding: auto (UTF-8 if valid, else GB18030), utf-8 or gb18030.</source>
        <translation>Text encoding: auto (UTF-8 if valid, else GB18030), utf-8 or gb18030.</translation>
    </message>
    <message>
        <source>Check every row but store nothing.</source>
        <translation>Check every row but store nothing.</translation>
    </message>
    <message>
        <source>Write the import template to OUT.csv (or to standard output) instead.</source>
        <translation>Write the import template to OUT.csv (or to standard output) instead.</translation>
    </message>
    <message>
        <source>The template with Chinese column names.</source>
        <translation>The template with Chinese column names.</translation>
    </message>
    <message>
        <source>Import batches and their harvest records from a CSV file (UTF-8 or GB18030, English or Chinese column names). Every row is checked first; if any is wrong, each problem is listed by row and column and nothing is stored, else all batches are stored in one transaction.</source>
        <translation>Import batches and their harvest records from a CSV file (UTF-8 or GB18030, English or Chinese column names). Every row is checked first; if any is wrong, each problem is listed by row and column and nothing is stored, else all batches are stored in one transaction.</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8 or gb18030, not %1</source>
        <translation>--encoding takes auto, utf-8 or gb18030, not %1</translation>
    </message>
    <message>
        <source>--template cannot be combined with --dry-run or --json</source>
        <translation>--template cannot be combined with --dry-run or --json</translation>
    </message>
    <message>
        <source>The template is missing from this build.</source>
        <translation>The template is missing from this build.</translation>
    </message>
    <message>
        <source>%1 exists already; the template was not written.</source>
        <translation>%1 exists already; the template was not written.</translation>
    </message>
    <message>
        <source>Wrote the harvest import template to %1 (%2).</source>
        <translation>Wrote the harvest import template to %1 (%2).</translation>
    </message>
    <message>
        <source>import csv needs a FILE (or --template)</source>
        <translation>import csv needs a FILE (or --template)</translation>
    </message>
    <message>
        <source>--zh only goes with --template</source>
        <translation>--zh only goes with --template</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>Checking… %1 / %2</source>
        <translation>Checking… %1 / %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problems found in %2.</source>
        <translation>Nothing was imported: %1 problems found in %2.</translation>
    </message>
    <message>
        <source>%1 rows checked (%2): all valid. Nothing was stored (--dry-run).</source>
        <translation>%1 rows checked (%2): all valid. Nothing was stored (--dry-run).</translation>
    </message>
    <message>
        <source>Imported %1 batches from %2 (%3) in one transaction:</source>
        <translation>Imported %1 batches from %2 (%3) in one transaction:</translation>
    </message>
    <message>
        <source>… and %1 more (--json lists them all)</source>
        <translation>… and %1 more (--json lists them all)</translation>
    </message>
    <message>
        <source>The party that sent the goods.</source>
        <translation>The party that sent the goods.</translation>
    </message>
    <message>
        <source>Receiving advice number.</source>
        <translation>Receiving advice number.</translation>
    </message>
    <message>
        <source>Exporting… %1 / %2</source>
        <translation>Exporting… %1 / %2</translation>
    </message>
    <message>
        <source>event needs: record harvest|process|ship|receive|recall|fieldwork|inspect|labtest|pack|unpack|destroy|sell, correct EVENT_ID or private EVENT_ID</source>
        <translation>event needs: record harvest|process|ship|receive|recall|fieldwork|inspect|labtest|pack|unpack|destroy|sell, correct EVENT_ID or private EVENT_ID</translation>
    </message>
    <message>
        <source>Checking events… %1 / %2</source>
        <translation>Checking events… %1 / %2</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli event record harvest --product KEY --lot LOT --quantity Q [--unit U] [--location KEY] [--time ISO] [--ilmd JSON]
       suyuan-cli event record process --input ID:QTY … --output PRODUCT:LOT:QTY … [--step STEP] [--location KEY]
       suyuan-cli event record ship --batch ID --to PARTY [--to-location KEY] [--po N] [--despatch N] [--bol N] [--transport MODE] [--carrier NAME] [--vehicle ID] [--cold-chain]
       suyuan-cli event record receive --batch ID --location KEY [--from PARTY] [--receipt N]
       suyuan-cli event record recall --batch ID --reason TEXT
       suyuan-cli event record fieldwork --location KEY --work KIND [--input TEXT --dose Q --dose-unit U]
       suyuan-cli event record inspect|labtest --batch ID [--result TYPE:VALUE:UOM:NAME:LIMIT] [--pass|--fail]
       suyuan-cli event record pack|unpack --parent SSCC|CODE --batch ID[:QTY] …
       suyuan-cli event record destroy --batch ID [--quantity Q] --reason TEXT
       suyuan-cli event record sell --batch ID [--quantity Q] [--location KEY]
       suyuan-cli event correct EVENT_ID [--reason incorrect_data|did_not_occur] [--note TEXT]
       suyuan-cli event private EVENT_ID
(suyuan-cli event record ACTION --help lists the options of each action.)
</source>
        <translation>Usage: suyuan-cli event record harvest --product KEY --lot LOT --quantity Q [--unit U] [--location KEY] [--time ISO] [--ilmd JSON]
       suyuan-cli event record process --input ID:QTY … --output PRODUCT:LOT:QTY … [--step STEP] [--location KEY]
       suyuan-cli event record ship --batch ID --to PARTY [--to-location KEY] [--po N] [--despatch N] [--bol N] [--transport MODE] [--carrier NAME] [--vehicle ID] [--cold-chain]
       suyuan-cli event record receive --batch ID --location KEY [--from PARTY] [--receipt N]
       suyuan-cli event record recall --batch ID --reason TEXT
       suyuan-cli event record fieldwork --location KEY --work KIND [--input TEXT --dose Q --dose-unit U]
       suyuan-cli event record inspect|labtest --batch ID [--result TYPE:VALUE:UOM:NAME:LIMIT] [--pass|--fail]
       suyuan-cli event record pack|unpack --parent SSCC|CODE --batch ID[:QTY] …
       suyuan-cli event record destroy --batch ID [--quantity Q] --reason TEXT
       suyuan-cli event record sell --batch ID [--quantity Q] [--location KEY]
       suyuan-cli event correct EVENT_ID [--reason incorrect_data|did_not_occur] [--note TEXT]
       suyuan-cli event private EVENT_ID
(suyuan-cli event record ACTION --help lists the options of each action.)
</translation>
    </message>
    <message>
        <source>How the goods travel: road, rail, water, air or express.</source>
        <translation>How the goods travel: road, rail, water, air or express.</translation>
    </message>
    <message>
        <source>The haulier's name.</source>
        <translation>The haulier's name.</translation>
    </message>
    <message>
        <source>Vehicle plate, wagon, vessel or flight.</source>
        <translation>Vehicle plate, wagon, vessel or flight.</translation>
    </message>
    <message>
        <source>Shipped refrigerated.</source>
        <translation>Shipped refrigerated.</translation>
    </message>
    <message>
        <source>Also measure exporting 1000 labels (60x40, Chinese text) to one PDF.</source>
        <translation>Also measure exporting 1000 labels (60x40, Chinese text) to one PDF.</translation>
    </message>
    <message>
        <source>With --labels: keep the labels' PDF in FILE.</source>
        <translation>With --labels: keep the labels' PDF in FILE.</translation>
    </message>
    <message>
        <source>The label bench lays out text and needs fonts: run it as bench --labels --pdf FILE.</source>
        <translation>The label bench lays out text and needs fonts: run it as bench --labels --pdf FILE.</translation>
    </message>
    <message>
        <source>The batch: lot code, Digital Link or batch URN.</source>
        <translation>The batch: lot code, Digital Link or batch URN.</translation>
    </message>
    <message>
        <source>Label template (default %1): %2.</source>
        <translation>Label template (default %1): %2.</translation>
    </message>
    <message>
        <source>How many labels (default 1).</source>
        <translation>How many labels (default 1).</translation>
    </message>
    <message>
        <source>Number the copies (item serials 0001 …), each with its own code.</source>
        <translation>Number the copies (item serials 0001 …), each with its own code.</translation>
    </message>
    <message>
        <source>Net quantity per package, in the batch's unit.</source>
        <translation>Net quantity per package, in the batch's unit.</translation>
    </message>
    <message>
        <source>Best-before date, YYYY-MM-DD.</source>
        <translation>Best-before date, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The address the codes point to (default: this profile's, set in the app).</source>
        <translation>The address the codes point to (default: this profile's, set in the app).</translation>
    </message>
    <message>
        <source>PNG resolution (default 300).</source>
        <translation>PNG resolution (default 300).</translation>
    </message>
    <message>
        <source>The file to write: .pdf (all labels), .png or .svg (one file per label, numbered when there are several).</source>
        <translation>The file to write: .pdf (all labels), .png or .svg (one file per label, numbered when there are several).</translation>
    </message>
    <message>
        <source>Write a batch's QR labels, signed with this node's key.</source>
        <translation>Write a batch's QR labels, signed with this node's key.</translation>
    </message>
    <message>
        <source>label needs --batch ID and --out FILE</source>
        <translation>label needs --batch ID and --out FILE</translation>
    </message>
    <message>
        <source>--out must end in .pdf, .png or .svg, not %1</source>
        <translation>--out must end in .pdf, .png or .svg, not %1</translation>
    </message>
    <message>
        <source>label lays out text and needs fonts (internal)</source>
        <translation>label lays out text and needs fonts (internal)</translation>
    </message>
    <message>
        <source>--copies takes a number from 1 to 100000</source>
        <translation>--copies takes a number from 1 to 100000</translation>
    </message>
    <message>
        <source>--net takes a quantity above 0</source>
        <translation>--net takes a quantity above 0</translation>
    </message>
    <message>
        <source>--expiry takes a date such as 2026-12-31, not %1</source>
        <translation>--expiry takes a date such as 2026-12-31, not %1</translation>
    </message>
    <message>
        <source>--dpi takes a number from 72 to 2400</source>
        <translation>--dpi takes a number from 72 to 2400</translation>
    </message>
    <message>
        <source>Wrote %1 labels (%2) to %3</source>
        <translation>Wrote %1 labels (%2) to %3</translation>
    </message>
    <message>
        <source>GS1 Digital Link</source>
        <translation>GS1 Digital Link</translation>
    </message>
    <message>
        <source>label address of a product without a GTIN</source>
        <translation>label address of a product without a GTIN</translation>
    </message>
    <message>
        <source>EPC class URN (LGTIN)</source>
        <translation>EPC class URN (LGTIN)</translation>
    </message>
    <message>
        <source>EPC instance URN (SGTIN)</source>
        <translation>EPC instance URN (SGTIN)</translation>
    </message>
    <message>
        <source>local batch URN</source>
        <translation>local batch URN</translation>
    </message>
    <message>
        <source>plain lot code</source>
        <translation>plain lot code</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>genuine</translation>
    </message>
    <message>
        <source>FORGED OR ALTERED</source>
        <translation>FORGED OR ALTERED</translation>
    </message>
    <message>
        <source>cannot be checked: unknown issuer</source>
        <translation>cannot be checked: unknown issuer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Code:      %1</source>
        <translation>Code:      %1</translation>
    </message>
    <message>
        <source>GTIN:      %1</source>
        <translation>GTIN:      %1</translation>
    </message>
    <message>
        <source>Product:   %1</source>
        <translation>Product:   %1</translation>
    </message>
    <message>
        <source>Lot:       %1</source>
        <translation>Lot:       %1</translation>
    </message>
    <message>
        <source>Serial:    %1</source>
        <translation>Serial:    %1</translation>
    </message>
    <message>
        <source>Expiry:    %1</source>
        <translation>Expiry:    %1</translation>
    </message>
    <message>
        <source>Batch:     %1</source>
        <translation>Batch:     %1</translation>
    </message>
    <message>
        <source>           %1, status %2</source>
        <translation>           %1, status %2</translation>
    </message>
    <message>
        <source>Batch:     not in this ledger</source>
        <translation>Batch:     not in this ledger</translation>
    </message>
    <message>
        <source>Issuer:    %1 (%2)</source>
        <translation>Issuer:    %1 (%2)</translation>
    </message>
    <message>
        <source>Issuer:    %1, %2 (%3)</source>
        <translation>Issuer:    %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature: %1</translation>
    </message>
    <message>
        <source>           Warning: the issuer's key has been revoked; labels signed with it may have been made after it was stolen.</source>
        <translation>           Warning: the issuer's key has been revoked; labels signed with it may have been made after it was stolen.</translation>
    </message>
    <message>
        <source>Serial number, for an item-level label (AI 21).</source>
        <translation>Serial number, for an item-level label (AI 21).</translation>
    </message>
    <message>
        <source>Expiry date (AI 17), YYYY-MM-DD.</source>
        <translation>Expiry date (AI 17), YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Print the text of a batch's QR label: a GS1 Digital Link on the base address, signed with this node's key.</source>
        <translation>Print the text of a batch's QR label: a GS1 Digital Link on the base address, signed with this node's key.</translation>
    </message>
    <message>
        <source>label-uri needs --batch ID</source>
        <translation>label-uri needs --batch ID</translation>
    </message>
    <message>
        <source>Read the code from a photo or scan of the label instead.</source>
        <translation>Read the code from a photo or scan of the label instead.</translation>
    </message>
    <message>
        <source>scan takes TEXT or --image FILE, not both</source>
        <translation>scan takes TEXT or --image FILE, not both</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in %1.</source>
        <translation>No QR code or barcode was found in %1.</translation>
    </message>
    <message>
        <source>scan needs TEXT or --image FILE</source>
        <translation>scan needs TEXT or --image FILE</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli [--profile DIR] [--passphrase-file FILE] COMMAND [options]

Suyuan traceability ledger, command line.

Commands:
  init [--name ORG]            create a profile and this node's signing key
  whoami                       show the node ID, organisation and ledger size
  passwd                       change the passphrase (re-encrypts the database)
  append --kind KIND --body JSON|@FILE   sign and store a record
  log [--json] [--limit N]     list records
  verify                       audit every signature, id and chain link
  bundle export FILE [--author NODEID] [--since SEQ]
  bundle import FILE           verify and ingest the records of a bundle
  author list|trust NODEID [--name NAME]|revoke NODEID|policy pending|reject
  bench [--records N]          measure sign, verify, append and audit rates

Trace model:
  product|party|location add|list|show   master data
  batch list|show ID           batches, with quantity, holder and events
  event record ACTION [options] | event correct|private EVENT_ID   what happened to a batch
  trace --up|--down ID         genealogy: what went into a batch, where it went
  recall ID [--csv F] [--pdf F] recall impact: every downstream batch and its holder
  epcis export [--batch ID] [--from DATE --to DATE] FILE | epcis import FILE
  import csv FILE [--dry-run] | import csv --template [OUT]   batches and harvest records from CSV
  demo [--scale N]             create a profile filled with the demo scenario (+ N generated events)
  attachment add|list|get|show   certificates, lab reports, photos (stored encrypted)
  label --batch ID [--template NAME] [--copies N] [--serials] --out FILE.pdf|.png|.svg   QR labels
  label-uri --batch ID [--serial S] [--expiry DATE] [--base URL]   the signed QR text of a label
  label-base [URL]             show or set the web address labels point to
  scan TEXT|--image FILE [--json] [--record --location KEY]   read a label code or lot code, check the label's signature
  site export DIR [--batch ID ...] [--base URL]   the consumer site: a verifying page per batch
  site serve DIR [--port N] [--bind ADDR]   serve an exported site over HTTP (preview)

The passphrase comes from --passphrase-file, the SUYUAN_PASSPHRASE environment variable,
or a prompt. `suyuan-cli COMMAND --help` describes a command.
Default profile: %1
Exit codes: 0 success, 1 a problem was found, 2 usage, 3 wrong passphrase or locked profile.
</source>
        <translation>Usage: suyuan-cli [--profile DIR] [--passphrase-file FILE] COMMAND [options]

Suyuan traceability ledger, command line.

Commands:
  init [--name ORG]            create a profile and this node's signing key
  whoami                       show the node ID, organisation and ledger size
  passwd                       change the passphrase (re-encrypts the database)
  append --kind KIND --body JSON|@FILE   sign and store a record
  log [--json] [--limit N]     list records
  verify                       audit every signature, id and chain link
  bundle export FILE [--author NODEID] [--since SEQ]
  bundle import FILE           verify and ingest the records of a bundle
  author list|trust NODEID [--name NAME]|revoke NODEID|policy pending|reject
  bench [--records N]          measure sign, verify, append and audit rates

Trace model:
  product|party|location add|list|show   master data
  batch list|show ID           batches, with quantity, holder and events
  event record ACTION [options] | event correct|private EVENT_ID   what happened to a batch
  trace --up|--down ID         genealogy: what went into a batch, where it went
  recall ID [--csv F] [--pdf F] recall impact: every downstream batch and its holder
  epcis export [--batch ID] [--from DATE --to DATE] FILE | epcis import FILE
  import csv FILE [--dry-run] | import csv --template [OUT]   batches and harvest records from CSV
  demo [--scale N]             create a profile filled with the demo scenario (+ N generated events)
  attachment add|list|get|show   certificates, lab reports, photos (stored encrypted)
  label --batch ID [--template NAME] [--copies N] [--serials] --out FILE.pdf|.png|.svg   QR labels
  label-uri --batch ID [--serial S] [--expiry DATE] [--base URL]   the signed QR text of a label
  label-base [URL]             show or set the web address labels point to
  scan TEXT|--image FILE [--json] [--record --location KEY]   read a label code or lot code, check the label's signature
  site export DIR [--batch ID ...] [--base URL]   the consumer site: a verifying page per batch
  site serve DIR [--port N] [--bind ADDR]   serve an exported site over HTTP (preview)

The passphrase comes from --passphrase-file, the SUYUAN_PASSPHRASE environment variable,
or a prompt. `suyuan-cli COMMAND --help` describes a command.
Default profile: %1
Exit codes: 0 success, 1 a problem was found, 2 usage, 3 wrong passphrase or locked profile.
</translation>
    </message>
    <message>
        <source>Record the scan of an item label (one with a serial) at --location, and check the serial's scans against the batch's route (copied labels).</source>
        <translation>Record the scan of an item label (one with a serial) at --location, and check the serial's scans against the batch's route (copied labels).</translation>
    </message>
    <message>
        <source>With --record: where the label was scanned (a location key).</source>
        <translation>With --record: where the label was scanned (a location key).</translation>
    </message>
    <message>
        <source>Read what a scanner gives (a GS1 Digital Link, an EPC URN, a local batch URN or a lot code), show what it says and the batch it names in this ledger, and check the label's signature. Exit code 0: genuine or unsigned; 1: forged or altered, or a possible copied label; 2: not a label code.</source>
        <translation>Read what a scanner gives (a GS1 Digital Link, an EPC URN, a local batch URN or a lot code), show what it says and the batch it names in this ledger, and check the label's signature. Exit code 0: genuine or unsigned; 1: forged or altered, or a possible copied label; 2: not a label code.</translation>
    </message>
    <message>
        <source>--record and --location go together</source>
        <translation>--record and --location go together</translation>
    </message>
    <message>
        <source>Not recorded: this ledger holds no batch with these identifiers.</source>
        <translation>Not recorded: this ledger holds no batch with these identifiers.</translation>
    </message>
    <message>
        <source>Recorded:  at %1; scans of serial %2 so far: %3</source>
        <translation>Recorded:  at %1; scans of serial %2 so far: %3</translation>
    </message>
    <message>
        <source>The base address labels point to (default: the profile's label base address, see label-base).</source>
        <translation>The base address labels point to (default: the profile's label base address, see label-base).</translation>
    </message>
    <message>
        <source>Print this profile's label base address, or check and set it: the web address the QR codes point to, where the consumer site is published.</source>
        <translation>Print this profile's label base address, or check and set it: the web address the QR codes point to, where the consumer site is published.</translation>
    </message>
    <message>
        <source>This is the example address: set your own before printing labels.</source>
        <translation>This is the example address: set your own before printing labels.</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli [--profile DIR] site export DIR [--batch ID ...] [--base URL] [--lang zh-CN|en]
       suyuan-cli site serve DIR [--port N] [--bind ADDR]

The consumer site: a static folder with a page per batch at the paths of its labels' QR codes, each page verifying the batch's signed records in the browser.
</source>
        <translation>Usage: suyuan-cli [--profile DIR] site export DIR [--batch ID ...] [--base URL] [--lang zh-CN|en]
       suyuan-cli site serve DIR [--port N] [--bind ADDR]

The consumer site: a static folder with a page per batch at the paths of its labels' QR codes, each page verifying the batch's signed records in the browser.
</translation>
    </message>
    <message>
        <source>A batch to export (lot code, Digital Link or batch URN); repeat for several. Default: every batch.</source>
        <translation>A batch to export (lot code, Digital Link or batch URN); repeat for several. Default: every batch.</translation>
    </message>
    <message>
        <source>The address the site will be served at, as on the labels (default: this profile's label address).</source>
        <translation>The address the site will be served at, as on the labels (default: this profile's label address).</translation>
    </message>
    <message>
        <source>The pages' default language, zh-CN or en (the page follows the browser's).</source>
        <translation>The pages' default language, zh-CN or en (the page follows the browser's).</translation>
    </message>
    <message>
        <source>Write the consumer site to DIR: a page per batch at DIR/01/{gtin}/10/{lot}/ (or DIR/p/{code}/10/{lot}/ without a GTIN) with its GS1 linkset, and DIR/index.html. Only files whose content changed are rewritten. Copy DIR to the web server of the label address so that every printed QR code opens its page.</source>
        <translation>Write the consumer site to DIR: a page per batch at DIR/01/{gtin}/10/{lot}/ (or DIR/p/{code}/10/{lot}/ without a GTIN) with its GS1 linkset, and DIR/index.html. Only files whose content changed are rewritten. Copy DIR to the web server of the label address so that every printed QR code opens its page.</translation>
    </message>
    <message>
        <source>--lang takes zh-CN or en, not %1</source>
        <translation>--lang takes zh-CN or en, not %1</translation>
    </message>
    <message>
        <source>Exporting pages… %1 / %2</source>
        <translation>Exporting pages… %1 / %2</translation>
    </message>
    <message>
        <source>Skipped batch %1: it has no GS1 or local identifier, so no page address.</source>
        <translation>Skipped batch %1: it has no GS1 or local identifier, so no page address.</translation>
    </message>
    <message>
        <source>Warning: the product code or lot of batch %1 holds a character a folder name cannot (/ \ : * ? " &lt; &gt; | %), so its folder keeps the percent-encoded name. Its printed QR code opens the page through `suyuan-cli site serve` or a hub, but not from a plain static web server.</source>
        <translation>Warning: the product code or lot of batch %1 holds a character a folder name cannot (/ \ : * ? " &lt; &gt; | %), so its folder keeps the percent-encoded name. Its printed QR code opens the page through `suyuan-cli site serve` or a hub, but not from a plain static web server.</translation>
    </message>
    <message>
        <source>Exported %1 batch pages to %2 (the index lists %3).</source>
        <translation>Exported %1 batch pages to %2 (the index lists %3).</translation>
    </message>
    <message>
        <source>Files written: %1, unchanged: %2; %3 bytes in all, %4 bytes written.</source>
        <translation>Files written: %1, unchanged: %2; %3 bytes in all, %4 bytes written.</translation>
    </message>
    <message>
        <source>Records embedded: %1; attachments embedded: %2, left out: %3.</source>
        <translation>Records embedded: %1; attachments embedded: %2, left out: %3.</translation>
    </message>
    <message>
        <source>The TCP port (default 8080; 0 picks a free one).</source>
        <translation>The TCP port (default 8080; 0 picks a free one).</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1: this computer only; 0.0.0.0 for every network).</source>
        <translation>The address to listen on (default 127.0.0.1: this computer only; 0.0.0.0 for every network).</translation>
    </message>
    <message>
        <source>Serve an exported site over HTTP for preview: Digital Link paths (with or without a query, with /21/{serial} or not) answer with the batch's page. Runs until stopped.</source>
        <translation>Serve an exported site over HTTP for preview: Digital Link paths (with or without a query, with /21/{serial} or not) answer with the batch's page. Runs until stopped.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port takes a number from 0 to 65535</translation>
    </message>
    <message>
        <source>--bind takes an IP address such as 127.0.0.1, not %1</source>
        <translation>--bind takes an IP address such as 127.0.0.1, not %1</translation>
    </message>
    <message>
        <source>Serving %1 at %2 (stop with Ctrl+C).</source>
        <translation>Serving %1 at %2 (stop with Ctrl+C).</translation>
    </message>
    <message>
        <source>site takes export or serve, not %1</source>
        <translation>site takes export or serve, not %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::BatchDetailWidget</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to the batch shown before (Alt+Left).</source>
        <translation>Back to the batch shown before (Alt+Left).</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Lot:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Available:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>The record's signature and its link in its author's chain, checked on this computer.</source>
        <translation>The record's signature and its link in its author's chain, checked on this computer.</translation>
    </message>
    <message>
        <source>Genealogy</source>
        <translation>Genealogy</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Click a batch to show it.</source>
        <translation>Click a batch to show it.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the file in the system's viewer.</source>
        <translation>Double-click or Enter opens the file in the system's viewer.</translation>
    </message>
    <message>
        <source>No batch %1 in this ledger.</source>
        <translation>No batch %1 in this ledger.</translation>
    </message>
    <message>
        <source>The batch could not be read: %1</source>
        <translation>The batch could not be read: %1</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>The events could not be read: %1</translation>
    </message>
    <message>
        <source>The oldest %1 events are not shown.</source>
        <translation>The oldest %1 events are not shown.</translation>
    </message>
    <message>
        <source>%1 · lot %2</source>
        <translation>%1 · lot %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>RECALLED — do not sell, ship or process this batch.</source>
        <translation>RECALLED — do not sell, ship or process this batch.</translation>
    </message>
    <message>
        <source>Recalled on %1.</source>
        <translation>Recalled on %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded as %1 (UTC%2).</source>
        <translation>Recorded as %1 (UTC%2).</translation>
    </message>
    <message>
        <source>%1 (UTC%2)</source>
        <translation>%1 (UTC%2)</translation>
    </message>
    <message>
        <source>%1 (recorded %2, UTC%3)</source>
        <translation>%1 (recorded %2, UTC%3)</translation>
    </message>
    <message>
        <source>Correction of: %1</source>
        <translation>Correction of: %1</translation>
    </message>
    <message>
        <source>%1 — withdrawn</source>
        <translation>%1 — withdrawn</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Being checked.</source>
        <translation>Being checked.</translation>
    </message>
    <message>
        <source>Withdrawn by a correction: its quantities and links no longer count.</source>
        <translation>Withdrawn by a correction: its quantities and links no longer count.</translation>
    </message>
    <message>
        <source>✔ Signed</source>
        <translation>✔ Signed</translation>
    </message>
    <message>
        <source>✘ Invalid</source>
        <translation>✘ Invalid</translation>
    </message>
    <message>
        <source>– Not checked</source>
        <translation>– Not checked</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (recalled)</source>
        <translation>%1 (recalled)</translation>
    </message>
    <message>
        <source>Upstream: what went into it</source>
        <translation>Upstream: what went into it</translation>
    </message>
    <message>
        <source>Downstream: where it went</source>
        <translation>Downstream: where it went</translation>
    </message>
    <message>
        <source>Nothing: it was harvested or created here.</source>
        <translation>Nothing: it was harvested or created here.</translation>
    </message>
    <message>
        <source>Nothing yet: it was not processed or packed.</source>
        <translation>Nothing yet: it was not processed or packed.</translation>
    </message>
    <message>
        <source>More entries are not shown.</source>
        <translation>More entries are not shown.</translation>
    </message>
    <message>
        <source>%1 is a case or pallet, not a batch.</source>
        <translation>%1 is a case or pallet, not a batch.</translation>
    </message>
    <message>
        <source>%1
%2, %3 bytes
From the event: %4 (%5)</source>
        <translation>%1
%2, %3 bytes
From the event: %4 (%5)</translation>
    </message>
    <message>
        <source>No event of this batch names an attachment.</source>
        <translation>No event of this batch names an attachment.</translation>
    </message>
    <message>
        <source>Double-click a file to open it.</source>
        <translation>Double-click a file to open it.</translation>
    </message>
    <message>
        <source>The attachment could not be opened: %1</source>
        <translation>The attachment could not be opened: %1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>No program to open %1; it was saved as %2.</source>
        <translation>No program to open %1; it was saved as %2.</translation>
    </message>
    <message>
        <source>Print &amp;Labels…</source>
        <translation>Print &amp;Labels…</translation>
    </message>
    <message>
        <source>QR labels of this batch, signed by this node (Ctrl+P).</source>
        <translation>QR labels of this batch, signed by this node (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::BatchEdit</name>
    <message>
        <source>Lot code, or scan the label</source>
        <translation>Lot code, or scan the label</translation>
    </message>
    <message>
        <source>Type a lot code (suggestions appear as you type) or scan a label: a Digital Link or a batch identifier is accepted too.</source>
        <translation>Type a lot code (suggestions appear as you type) or scan a label: a Digital Link or a batch identifier is accepted too.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 available</source>
        <comment>lot — product — quantity</comment>
        <translation>%1 — %2 — %3 available</translation>
    </message>
    <message>
        <source>There is no batch %1 in this ledger.</source>
        <translation>There is no batch %1 in this ledger.</translation>
    </message>
    <message>
        <source>✖ FORGED OR ALTERED LABEL: its signature does not match what it says. Do not accept these goods; set them aside and tell the sender.</source>
        <translation>✖ FORGED OR ALTERED LABEL: its signature does not match what it says. Do not accept these goods; set them aside and tell the sender.</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::BatchTableModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::BatchesPage</name>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Lot, batch ID or product name (Ctrl+F)</source>
        <translation>Lot, batch ID or product name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds batches whose lot, batch ID or product name contains this text. A scanned label works too. Enter opens the batch when only one is found.</source>
        <translation>Finds batches whose lot, batch ID or product name contains this text. A scanned label works too. Enter opens the batch when only one is found.</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>The party that holds the batch now (the receiver of its last shipment).</source>
        <translation>The party that holds the batch now (the receiver of its last shipment).</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Holder:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Batches created on or after this day. The earliest date means no limit.</source>
        <translation>Batches created on or after this day. The earliest date means no limit.</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>Created &amp;from:</translation>
    </message>
    <message>
        <source>Batches created on or before this day. The earliest date means no limit.</source>
        <translation>Batches created on or before this day. The earliest date means no limit.</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>C&amp;lear Filters</translation>
    </message>
    <message>
        <source>Newest first pages through every batch. Other orders sort the batches loaded so far.</source>
        <translation>Newest first pages through every batch. Other orders sort the batches loaded so far.</translation>
    </message>
    <message>
        <source>Enter or double-click opens the batch.</source>
        <translation>Enter or double-click opens the batch.</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All holders</source>
        <translation>All holders</translation>
    </message>
    <message>
        <source>This node (%1)</source>
        <translation>This node (%1)</translation>
    </message>
    <message>
        <source>The batches could not be read: %1</source>
        <translation>The batches could not be read: %1</translation>
    </message>
    <message>
        <source>No batch matches these filters.</source>
        <translation>No batch matches these filters.</translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation>No batches yet.</translation>
    </message>
    <message>
        <source>Sorted among the %1 batches loaded so far. Sort by Created (newest first) to page through all of them.</source>
        <translation>Sorted among the %1 batches loaded so far. Sort by Created (newest first) to page through all of them.</translation>
    </message>
    <message>
        <source>%1 batches shown; more load as you scroll.</source>
        <translation>%1 batches shown; more load as you scroll.</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>Batches: %1</translation>
    </message>
    <message>
        <source>Only at %1.</source>
        <translation>Only at %1.</translation>
    </message>
    <message>
        <source>Only batches with an event of this kind: %1.</source>
        <translation>Only batches with an event of this kind: %1.</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Change Passphrase</translation>
    </message>
    <message>
        <source>The ledger is copied under the new passphrase; the old one stops working when the copy is complete. Nothing recorded is lost if this is interrupted.</source>
        <translation>The ledger is copied under the new passphrase; the old one stops working when the copy is complete. Nothing recorded is lost if this is interrupted.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Repeat the new one:</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>The new passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation>The new passphrase is the current one.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>The current passphrase is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>The passphrase was not changed: %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::CorrectionForm</name>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Unpacking</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>Harvest</translation>
    </message>
    <message>
        <source>Field work</source>
        <translation>Field work</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Lab test</source>
        <translation>Lab test</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <source>Correct a mistake</source>
        <translation>Correct a mistake</translation>
    </message>
    <message>
        <source>Records are never deleted. A wrong event is declared wrong: it stays in the history, marked withdrawn, and its quantities and links are taken back. Then record the right event.</source>
        <translation>Records are never deleted. A wrong event is declared wrong: it stays in the history, marked withdrawn, and its quantities and links are taken back. Then record the right event.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>The wrong event, by its time and what it recorded</source>
        <translation>The wrong event, by its time and what it recorded</translation>
    </message>
    <message>
        <source>Its data are wrong (quantity, lot, place …)</source>
        <translation>Its data are wrong (quantity, lot, place …)</translation>
    </message>
    <message>
        <source>It did not happen</source>
        <translation>It did not happen</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>e.g. 18,500 kg typed instead of 1,850 kg</source>
        <translation>e.g. 18,500 kg typed instead of 1,850 kg</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>What was wrong, for whoever reads the history later</source>
        <translation>What was wrong, for whoever reads the history later</translation>
    </message>
    <message>
        <source>&amp;Declare wrong…</source>
        <translation>&amp;Declare wrong…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>time — what</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Type or scan the batch whose event is wrong.</source>
        <translation>Type or scan the batch whose event is wrong.</translation>
    </message>
    <message>
        <source>This batch has no event that could be declared wrong.</source>
        <translation>This batch has no event that could be declared wrong.</translation>
    </message>
    <message>
        <source>Choose the wrong event.</source>
        <translation>Choose the wrong event.</translation>
    </message>
    <message>
        <source>Declare the event wrong?</source>
        <translation>Declare the event wrong?</translation>
    </message>
    <message>
        <source>The %1 of %2 (batch %3) will be declared wrong.

It stays visible in the batch's history, marked withdrawn, and its quantities and links are taken back. The correction is itself a signed record and cannot be taken back.</source>
        <translation>The %1 of %2 (batch %3) will be declared wrong.

It stays visible in the batch's history, marked withdrawn, and its quantities and links are taken back. The correction is itself a signed record and cannot be taken back.</translation>
    </message>
    <message>
        <source>&amp;Declare wrong</source>
        <translation>&amp;Declare wrong</translation>
    </message>
    <message>
        <source>Correction recorded: the %1 of batch %2 is withdrawn</source>
        <translation>Correction recorded: the %1 of batch %2 is withdrawn</translation>
    </message>
    <message>
        <source>Record the right event?</source>
        <translation>Record the right event?</translation>
    </message>
    <message>
        <source>The wrong event is withdrawn. Open the form to record what really happened?</source>
        <translation>The wrong event is withdrawn. Open the form to record what really happened?</translation>
    </message>
    <message>
        <source>&amp;Open the form</source>
        <translation>&amp;Open the form</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Last 12 weeks</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Last 26 weeks</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Last 52 weeks</translation>
    </message>
    <message>
        <source>How many weeks the chart of batches created per week shows.</source>
        <translation>How many weeks the chart of batches created per week shows.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the figures from the ledger again (F5).</source>
        <translation>Read the figures from the ledger again (F5).</translation>
    </message>
    <message>
        <source>&amp;Open recalls</source>
        <translation>&amp;Open recalls</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Batch created</source>
        <translation>Batch created</translation>
    </message>
    <message>
        <source>Double-click a recalled batch (or press Enter) to open it.</source>
        <translation>Double-click a recalled batch (or press Enter) to open it.</translation>
    </message>
    <message>
        <source>Batches per week</source>
        <translation>Batches per week</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>The figures</translation>
    </message>
    <message>
        <source>Counting… %1%</source>
        <translation>Counting… %1%</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>This node</source>
        <translation>This node</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Node %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No batches yet — record a harvest.</source>
        <translation>No batches yet — record a harvest.</translation>
    </message>
    <message>
        <source>Batches created</source>
        <translation>Batches created</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>week label on the chart axis</comment>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>Batches created per week</source>
        <translation>Batches created per week</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <source>Week of %1: %2 batches created
Click to list them.</source>
        <translation>Week of %1: %2 batches created
Click to list them.</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produced</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Volume by product (%1)</source>
        <translation>Volume by product (%1)</translation>
    </message>
    <message>
        <source>Volume by product (each in its product's unit)</source>
        <translation>Volume by product (each in its product's unit)</translation>
    </message>
    <message>
        <source>%1
Produced: %2
Available: %3
Batches: %4
Click to list its batches.</source>
        <translation>%1
Produced: %2
Available: %3
Batches: %4
Click to list its batches.</translation>
    </message>
    <message>
        <source>No events yet — record a harvest.</source>
        <translation>No events yet — record a harvest.</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>Unpacking</translation>
    </message>
    <message>
        <source>Packing into cases</source>
        <translation>Packing into cases</translation>
    </message>
    <message>
        <source>Harvests</source>
        <translation>Harvests</translation>
    </message>
    <message>
        <source>Field work</source>
        <translation>Field work</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Lab tests</source>
        <translation>Lab tests</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Shipments</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Destructions</source>
        <translation>Destructions</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 events (%3%)</source>
        <translation>%1: %2 events (%3%)</translation>
    </message>
    <message>
        <source>Click to list the batches.</source>
        <translation>Click to list the batches.</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Events by type</translation>
    </message>
    <message>
        <source>No shipments yet.</source>
        <translation>No shipments yet.</translation>
    </message>
    <message>
        <source>Shipments by destination</source>
        <translation>Shipments by destination</translation>
    </message>
    <message>
        <source>%1
%2 shipments, %3
Click to list the batches it holds.</source>
        <translation>%1
%2 shipments, %3
Click to list the batches it holds.</translation>
    </message>
    <message>
        <source>No open recalls.</source>
        <translation>No open recalls.</translation>
    </message>
    <message>
        <source>&amp;Open recalls: none</source>
        <translation>&amp;Open recalls: none</translation>
    </message>
    <message>
        <source>Recalled batches</source>
        <translation>Recalled batches</translation>
    </message>
    <message>
        <source>Open recalls by holder</source>
        <translation>Open recalls by holder</translation>
    </message>
    <message>
        <source>%1 holds %2 recalled batches.
Click to list them.</source>
        <translation>%1 holds %2 recalled batches.
Click to list them.</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::EpcisExportDialog</name>
    <message>
        <source>Export EPCIS</source>
        <translation>Export EPCIS</translation>
    </message>
    <message>
        <source>Which events should the file hold?</source>
        <translation>Which events should the file hold?</translation>
    </message>
    <message>
        <source>&amp;All events in the ledger</source>
        <translation>&amp;All events in the ledger</translation>
    </message>
    <message>
        <source>Events in a &amp;date range</source>
        <translation>Events in a &amp;date range</translation>
    </message>
    <message>
        <source>Events that happened on these days (local time), the last day included.</source>
        <translation>Events that happened on these days (local time), the last day included.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>&amp;To (included):</translation>
    </message>
    <message>
        <source>The &amp;genealogy of one batch</source>
        <translation>The &amp;genealogy of one batch</translation>
    </message>
    <message>
        <source>The batch, every batch it came from or went into, and all their events: what a recall or an auditor asks for.</source>
        <translation>The batch, every batch it came from or went into, and all their events: what a recall or an auditor asks for.</translation>
    </message>
    <message>
        <source>Lot, batch id or scanned label</source>
        <translation>Lot, batch id or scanned label</translation>
    </message>
    <message>
        <source>Type the lot code, or scan the QR label of the batch.</source>
        <translation>Type the lot code, or scan the QR label of the batch.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>%1, lot %2, %3 produced</source>
        <translation>%1, lot %2, %3 produced</translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation>The first day comes after the last one.</translation>
    </message>
    <message>
        <source>Enter the lot of the batch.</source>
        <translation>Enter the lot of the batch.</translation>
    </message>
    <message>
        <source>The ledger holds no batch “%1”.</source>
        <translation>The ledger holds no batch “%1”.</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ExchangeActions</name>
    <message>
        <source>&amp;Import EPCIS…</source>
        <translation>&amp;Import EPCIS…</translation>
    </message>
    <message>
        <source>Read the events of an EPCIS 2.0 JSON file into the ledger.</source>
        <translation>Read the events of an EPCIS 2.0 JSON file into the ledger.</translation>
    </message>
    <message>
        <source>&amp;Export EPCIS…</source>
        <translation>&amp;Export EPCIS…</translation>
    </message>
    <message>
        <source>Write all events, a date range or one batch's genealogy to an EPCIS 2.0 JSON file.</source>
        <translation>Write all events, a date range or one batch's genealogy to an EPCIS 2.0 JSON file.</translation>
    </message>
    <message>
        <source>Import &amp;harvests from CSV…</source>
        <translation>Import &amp;harvests from CSV…</translation>
    </message>
    <message>
        <source>Create batches from a spreadsheet saved as CSV; every row is checked before anything is stored.</source>
        <translation>Create batches from a spreadsheet saved as CSV; every row is checked before anything is stored.</translation>
    </message>
    <message>
        <source>Save the CSV &amp;template…</source>
        <translation>Save the CSV &amp;template…</translation>
    </message>
    <message>
        <source>Save a spreadsheet with the columns the harvest import reads and a few example rows.</source>
        <translation>Save a spreadsheet with the columns the harvest import reads and a few example rows.</translation>
    </message>
    <message>
        <source>&amp;Recall report…</source>
        <translation>&amp;Recall report…</translation>
    </message>
    <message>
        <source>Write a PDF and a CSV listing a batch, everything made from it, and who holds it now.</source>
        <translation>Write a PDF and a CSV listing a batch, everything made from it, and who holds it now.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Object events (harvest, observation, shipping …)</source>
        <translation>Object events (harvest, observation, shipping …)</translation>
    </message>
    <message>
        <source>Aggregation events (packing, unpacking)</source>
        <translation>Aggregation events (packing, unpacking)</translation>
    </message>
    <message>
        <source>Transformation events (processing)</source>
        <translation>Transformation events (processing)</translation>
    </message>
    <message>
        <source>Transaction events</source>
        <translation>Transaction events</translation>
    </message>
    <message>
        <source>Association events</source>
        <translation>Association events</translation>
    </message>
    <message>
        <source>Import EPCIS</source>
        <translation>Import EPCIS</translation>
    </message>
    <message>
        <source>EPCIS documents (*.json *.jsonld);;All files (*)</source>
        <translation>EPCIS documents (*.json *.jsonld);;All files (*)</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>Checking and importing %1…</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing was stored.</source>
        <translation>%1 was not imported: nothing was stored.</translation>
    </message>
    <message>
        <source>EPCIS import failed: nothing was stored.</source>
        <translation>EPCIS import failed: nothing was stored.</translation>
    </message>
    <message>
        <source>Nothing new in %1: all %2 events were in the ledger already.</source>
        <translation>Nothing new in %1: all %2 events were in the ledger already.</translation>
    </message>
    <message>
        <source>Imported %1 events from %2.</source>
        <translation>Imported %1 events from %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 events were in the ledger already and were skipped.</source>
        <translation>%1 events were in the ledger already and were skipped.</translation>
    </message>
    <message>
        <source>%1 events came without an eventID and were given one.</source>
        <translation>%1 events came without an eventID and were given one.</translation>
    </message>
    <message>
        <source>%1 events were given the namespace definitions (@context) of the document.</source>
        <translation>%1 events were given the namespace definitions (@context) of the document.</translation>
    </message>
    <message>
        <source>EPCIS import: %1 events stored.</source>
        <translation>EPCIS import: %1 events stored.</translation>
    </message>
    <message>
        <source>epcis-%1.json</source>
        <translation>epcis-%1.json</translation>
    </message>
    <message>
        <source>Export EPCIS</source>
        <translation>Export EPCIS</translation>
    </message>
    <message>
        <source>EPCIS documents (*.json *.jsonld)</source>
        <translation>EPCIS documents (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation>Exporting events to %1…</translation>
    </message>
    <message>
        <source>Writing events: %1 of %2</source>
        <translation>Writing events: %1 of %2</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>The events were not exported: no file was written.</source>
        <translation>The events were not exported: no file was written.</translation>
    </message>
    <message>
        <source>EPCIS export failed.</source>
        <translation>EPCIS export failed.</translation>
    </message>
    <message>
        <source>Exported %1 events (%2) to %3.</source>
        <translation>Exported %1 events (%2) to %3.</translation>
    </message>
    <message>
        <source>EPCIS export: %1 events written to %2.</source>
        <translation>EPCIS export: %1 events written to %2.</translation>
    </message>
    <message>
        <source>Import harvests from CSV</source>
        <translation>Import harvests from CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Checking rows: %1 of %2</source>
        <translation>Checking rows: %1 of %2</translation>
    </message>
    <message>
        <source>CSV import cancelled: nothing was stored.</source>
        <translation>CSV import cancelled: nothing was stored.</translation>
    </message>
    <message>
        <source>%1 could not be read: nothing was stored.</source>
        <translation>%1 could not be read: nothing was stored.</translation>
    </message>
    <message>
        <source>%1 has %2 problems: nothing was stored.</source>
        <translation>%1 has %2 problems: nothing was stored.</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing was stored. Correct these rows in the spreadsheet, save it as CSV again and import it once more.</source>
        <translation>%1 was not imported: nothing was stored. Correct these rows in the spreadsheet, save it as CSV again and import it once more.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rows are numbered as in the spreadsheet: the header is row 1.</source>
        <translation>Rows are numbered as in the spreadsheet: the header is row 1.</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>whole file</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>whole row</translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are listed.</source>
        <translation>The first %1 of %2 problems are listed.</translation>
    </message>
    <message>
        <source>Save the &amp;template…</source>
        <translation>Save the &amp;template…</translation>
    </message>
    <message>
        <source>A spreadsheet with the columns the import reads and a few example rows to overwrite.</source>
        <translation>A spreadsheet with the columns the import reads and a few example rows to overwrite.</translation>
    </message>
    <message>
        <source>Import 1 batch?</source>
        <translation>Import 1 batch?</translation>
    </message>
    <message>
        <source>Import %1 batches?</source>
        <translation>Import %1 batches?</translation>
    </message>
    <message>
        <source>Every row of %1 was checked.
Lots: %2</source>
        <translation>Every row of %1 was checked.
Lots: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between lot codes</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Imported 1 batch from %1.</source>
        <translation>Imported 1 batch from %1.</translation>
    </message>
    <message>
        <source>Imported %1 batches from %2.</source>
        <translation>Imported %1 batches from %2.</translation>
    </message>
    <message>
        <source>Their harvests are recorded and signed; the batches are in the batch list.</source>
        <translation>Their harvests are recorded and signed; the batches are in the batch list.</translation>
    </message>
    <message>
        <source>CSV import: %1 batches created.</source>
        <translation>CSV import: %1 batches created.</translation>
    </message>
    <message>
        <source>Save the CSV template</source>
        <translation>Save the CSV template</translation>
    </message>
    <message>
        <source>harvest-template.csv</source>
        <translation>harvest-template.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>The template was not saved.</translation>
    </message>
    <message>
        <source>Template saved to %1. Fill in one row per batch, save as CSV and import it.</source>
        <translation>Template saved to %1. Fill in one row per batch, save as CSV and import it.</translation>
    </message>
    <message>
        <source>Recall report</source>
        <translation>Recall report</translation>
    </message>
    <message>
        <source>&amp;Lot of the batch (or scan its label):</source>
        <translation>&amp;Lot of the batch (or scan its label):</translation>
    </message>
    <message>
        <source>The ledger holds no batch “%1”.</source>
        <translation>The ledger holds no batch “%1”.</translation>
    </message>
    <message>
        <source>recall-%1.pdf</source>
        <translation>recall-%1.pdf</translation>
    </message>
    <message>
        <source>PDF and CSV (*.pdf)</source>
        <translation>PDF and CSV (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the recall report of lot %1…</source>
        <translation>Writing the recall report of lot %1…</translation>
    </message>
    <message>
        <source>The recall report of lot %1 was not written.</source>
        <translation>The recall report of lot %1 was not written.</translation>
    </message>
    <message>
        <source>Recall report of lot %1: no other batch was made from it.</source>
        <translation>Recall report of lot %1: no other batch was made from it.</translation>
    </message>
    <message>
        <source>Recall report of lot %1: %2 batches affected.</source>
        <translation>Recall report of lot %1: %2 batches affected.</translation>
    </message>
    <message>
        <source>PDF: %1
CSV: %2</source>
        <translation>PDF: %1
CSV: %2</translation>
    </message>
    <message>
        <source>Recall report written to %1.</source>
        <translation>Recall report written to %1.</translation>
    </message>
    <message>
        <source>Checking events: %1 of %2</source>
        <translation>Checking events: %1 of %2</translation>
    </message>
    <message>
        <source>EPCIS import cancelled: nothing was stored.</source>
        <translation>EPCIS import cancelled: nothing was stored.</translation>
    </message>
    <message>
        <source>Export consumer &amp;site…</source>
        <translation>Export consumer &amp;site…</translation>
    </message>
    <message>
        <source>Write the web pages the QR labels open: each batch's history, checked in the consumer's browser.</source>
        <translation>Write the web pages the QR labels open: each batch's history, checked in the consumer's browser.</translation>
    </message>
    <message>
        <source>Export consumer site</source>
        <translation>Export consumer site</translation>
    </message>
    <message>
        <source>The label base address is still the example %1: the pages would not be where printed labels point.</source>
        <translation>The label base address is still the example %1: the pages would not be where printed labels point.</translation>
    </message>
    <message>
        <source>Set your web address in Settings, under Labels, then print labels and export the site. Export to look at the pages anyway?</source>
        <translation>Set your web address in Settings, under Labels, then print labels and export the site. Export to look at the pages anyway?</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Export anyway</translation>
    </message>
    <message>
        <source>Choose the folder for the consumer site</source>
        <translation>Choose the folder for the consumer site</translation>
    </message>
    <message>
        <source>Exporting the consumer site to %1…</source>
        <translation>Exporting the consumer site to %1…</translation>
    </message>
    <message>
        <source>Writing batch pages: %1 of %2</source>
        <translation>Writing batch pages: %1 of %2</translation>
    </message>
    <message>
        <source>Site export cancelled: the pages written so far are complete; run it again to finish.</source>
        <translation>Site export cancelled: the pages written so far are complete; run it again to finish.</translation>
    </message>
    <message>
        <source>The consumer site was not exported.</source>
        <translation>The consumer site was not exported.</translation>
    </message>
    <message>
        <source>Site export failed.</source>
        <translation>Site export failed.</translation>
    </message>
    <message>
        <source>%1 files written, %2 unchanged (%3 in all).</source>
        <translation>%1 files written, %2 unchanged (%3 in all).</translation>
    </message>
    <message>
        <source>Open %1 to look at the pages, then copy the folder to the web host at %2.</source>
        <translation>Open %1 to look at the pages, then copy the folder to the web host at %2.</translation>
    </message>
    <message>
        <source>%1 attachments were too large for their page and are listed there as not included.</source>
        <translation>%1 attachments were too large for their page and are listed there as not included.</translation>
    </message>
    <message>
        <source>%1 batches have no label address (no GTIN or product code with a lot) and got no page.</source>
        <translation>%1 batches have no label address (no GTIN or product code with a lot) and got no page.</translation>
    </message>
    <message>
        <source>Exported the pages of %1 batches to %2.</source>
        <translation>Exported the pages of %1 batches to %2.</translation>
    </message>
    <message>
        <source>Consumer site: %1 batch pages in %2.</source>
        <translation>Consumer site: %1 batch pages in %2.</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::FieldWorkForm</name>
    <message>
        <source>Field work</source>
        <translation>Field work</translation>
    </message>
    <message>
        <source>Work on a plot: fertilising, plant protection, irrigation … The batches later harvested there show it in their history.</source>
        <translation>Work on a plot: fertilising, plant protection, irrigation … The batches later harvested there show it in their history.</translation>
    </message>
    <message>
        <source>P&amp;lot:</source>
        <translation>P&amp;lot:</translation>
    </message>
    <message>
        <source>The plot worked on; the farm plots come first</source>
        <translation>The plot worked on; the farm plots come first</translation>
    </message>
    <message>
        <source>Fertilising</source>
        <translation>Fertilising</translation>
    </message>
    <message>
        <source>Plant protection (spraying)</source>
        <translation>Plant protection (spraying)</translation>
    </message>
    <message>
        <source>Irrigation</source>
        <translation>Irrigation</translation>
    </message>
    <message>
        <source>Weeding</source>
        <translation>Weeding</translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation>Pruning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>&amp;Kind of work:</translation>
    </message>
    <message>
        <source>e.g. 有机肥 / 阿维菌素 PD20080123</source>
        <translation>e.g. 有机肥 / 阿维菌素 PD20080123</translation>
    </message>
    <message>
        <source>&amp;Input used:</source>
        <translation>&amp;Input used:</translation>
    </message>
    <message>
        <source>The fertiliser or pesticide used: its name and registration number</source>
        <translation>The fertiliser or pesticide used: its name and registration number</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dose:</translation>
    </message>
    <message>
        <source>How much of the input, in the unit on the right</source>
        <translation>How much of the input, in the unit on the right</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Safety interval:</source>
        <translation>&amp;Safety interval:</translation>
    </message>
    <message>
        <source>Pre-harvest interval of a pesticide (安全间隔期): days to wait before harvesting</source>
        <translation>Pre-harvest interval of a pesticide (安全间隔期): days to wait before harvesting</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>When the work was done (local time)</source>
        <translation>When the work was done (local time)</translation>
    </message>
    <message>
        <source>&amp;Record field work</source>
        <translation>&amp;Record field work</translation>
    </message>
    <message>
        <source>There are no locations yet: add the plot under Master data first.</source>
        <translation>There are no locations yet: add the plot under Master data first.</translation>
    </message>
    <message>
        <source>Fertilising and plant protection need the product used.</source>
        <translation>Fertilising and plant protection need the product used.</translation>
    </message>
    <message>
        <source>The dose must be a number above zero.</source>
        <translation>The dose must be a number above zero.</translation>
    </message>
    <message>
        <source>Type the dose.</source>
        <translation>Type the dose.</translation>
    </message>
    <message>
        <source>Field work recorded: %1 on %2</source>
        <translation>Field work recorded: %1 on %2</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::FirstRunDialog</name>
    <message>
        <source>The profile will be stored in %1</source>
        <translation>The profile will be stored in %1</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>The passphrase is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Create Profile</source>
        <translation>&amp;Create Profile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>“%1” does not occur in a unified social credit code (digits and capital letters except I, O, S, V and Z).</source>
        <translation>“%1” does not occur in a unified social credit code (digits and capital letters except I, O, S, V and Z).</translation>
    </message>
    <message>
        <source>The check character does not match: after these 17 characters it would be “%1”. Look for a typing error.</source>
        <translation>The check character does not match: after these 17 characters it would be “%1”. Look for a typing error.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>A unified social credit code has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>Weak: it contains a common word or sequence, such as “1234” or “password”.</source>
        <translation>Weak: it contains a common word or sequence, such as “1234” or “password”.</translation>
    </message>
    <message>
        <source>Weak: it contains the name of your organisation.</source>
        <translation>Weak: it contains the name of your organisation.</translation>
    </message>
    <message>
        <source>Weak: it repeats too few different characters.</source>
        <translation>Weak: it repeats too few different characters.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Too short: at least %1 characters.</translation>
    </message>
    <message>
        <source>Weak: make it longer, or mix letters, digits and symbols.</source>
        <translation>Weak: make it longer, or mix letters, digits and symbols.</translation>
    </message>
    <message>
        <source>Fair: another word or two would make it strong.</source>
        <translation>Fair: another word or two would make it strong.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Entity code: %1</source>
        <translation>Entity code: %1</translation>
    </message>
    <message>
        <source>none (can be added later)</source>
        <translation>none (can be added later)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Creating the profile and deriving its key…</source>
        <translation>Creating the profile and deriving its key…</translation>
    </message>
    <message>
        <source>Filling in the demo data…</source>
        <translation>Filling in the demo data…</translation>
    </message>
    <message>
        <source>The profile was created, but not everything went in: %1</source>
        <translation>The profile was created, but not everything went in: %1</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::HarvestForm</name>
    <message>
        <source>Harvest / new batch</source>
        <translation>Harvest / new batch</translation>
    </message>
    <message>
        <source>A new batch enters the ledger: what was harvested, its lot code, how much and where. The lot code goes on the label.</source>
        <translation>A new batch enters the ledger: what was harvested, its lot code, how much and where. The lot code goes on the label.</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>The product of the new batch (Master data)</source>
        <translation>The product of the new batch (Master data)</translation>
    </message>
    <message>
        <source>e.g. FJ-251205-SM</source>
        <translation>e.g. FJ-251205-SM</translation>
    </message>
    <message>
        <source>&amp;Lot code:</source>
        <translation>&amp;Lot code:</translation>
    </message>
    <message>
        <source>The batch/lot number printed on the label (GS1 AI 10): up to 20 letters, digits and - . / _ ; no spaces or Chinese characters.</source>
        <translation>The batch/lot number printed on the label (GS1 AI 10): up to 20 letters, digits and - . / _ ; no spaces or Chinese characters.</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>e.g. 1200</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>How much was harvested, in the unit on the right (the product's unit by default)</source>
        <translation>How much was harvested, in the unit on the right (the product's unit by default)</translation>
    </message>
    <message>
        <source>Pl&amp;ot:</source>
        <translation>Pl&amp;ot:</translation>
    </message>
    <message>
        <source>Where it was harvested; the farm plots come first</source>
        <translation>Where it was harvested; the farm plots come first</translation>
    </message>
    <message>
        <source>Harvest t&amp;ime:</source>
        <translation>Harvest t&amp;ime:</translation>
    </message>
    <message>
        <source>When it was harvested (local time)</source>
        <translation>When it was harvested (local time)</translation>
    </message>
    <message>
        <source>e.g. 纽荷尔 Newhall</source>
        <translation>e.g. 纽荷尔 Newhall</translation>
    </message>
    <message>
        <source>&amp;Variety:</source>
        <translation>&amp;Variety:</translation>
    </message>
    <message>
        <source>e.g. 绿色食品, GAP</source>
        <translation>e.g. 绿色食品, GAP</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Certifications:</translation>
    </message>
    <message>
        <source>Certifications of the harvest (green food, organic, GAP …), separated by commas</source>
        <translation>Certifications of the harvest (green food, organic, GAP …), separated by commas</translation>
    </message>
    <message>
        <source>Cou&amp;ntry of origin:</source>
        <translation>Cou&amp;ntry of origin:</translation>
    </message>
    <message>
        <source>Two-letter ISO country code (CN for China)</source>
        <translation>Two-letter ISO country code (CN for China)</translation>
    </message>
    <message>
        <source>&amp;Record harvest</source>
        <translation>&amp;Record harvest</translation>
    </message>
    <message>
        <source>There are no products yet: add one under Master data first.</source>
        <translation>There are no products yet: add one under Master data first.</translation>
    </message>
    <message>
        <source>Type the lot code.</source>
        <translation>Type the lot code.</translation>
    </message>
    <message>
        <source>Batch %1 of this product exists already; choose another lot code.</source>
        <translation>Batch %1 of this product exists already; choose another lot code.</translation>
    </message>
    <message>
        <source>Type the quantity harvested.</source>
        <translation>Type the quantity harvested.</translation>
    </message>
    <message>
        <source>The quantity must be a number above zero.</source>
        <translation>The quantity must be a number above zero.</translation>
    </message>
    <message>
        <source>Use the two capital letters of the country (CN).</source>
        <translation>Use the two capital letters of the country (CN).</translation>
    </message>
    <message>
        <source>Harvest recorded: batch %1</source>
        <translation>Harvest recorded: batch %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::InspectionForm</name>
    <message>
        <source>Residue / content</source>
        <translation>Residue / content</translation>
    </message>
    <message>
        <source>Ratio / index</source>
        <translation>Ratio / index</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Relative humidity</source>
        <translation>Relative humidity</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <source>Length / size</source>
        <translation>Length / size</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Density</translation>
    </message>
    <message>
        <source>Volume fraction</source>
        <translation>Volume fraction</translation>
    </message>
    <message>
        <source>milligram per kilogram (mg/kg)</source>
        <translation>milligram per kilogram (mg/kg)</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>degree Celsius</source>
        <translation>degree Celsius</translation>
    </message>
    <message>
        <source>gram</source>
        <translation>gram</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>kilogram</translation>
    </message>
    <message>
        <source>millimetre</source>
        <translation>millimetre</translation>
    </message>
    <message>
        <source>UN/ECE Rec 20 unit code: NA = mg/kg, P1 = %, CEL = °C</source>
        <translation>UN/ECE Rec 20 unit code: NA = mg/kg, P1 = %, CEL = °C</translation>
    </message>
    <message>
        <source>Inspection / lab test</source>
        <translation>Inspection / lab test</translation>
    </message>
    <message>
        <source>The result of an inspection or a laboratory test of a batch, with the measured values and the report attached.</source>
        <translation>The result of an inspection or a laboratory test of a batch, with the measured values and the report attached.</translation>
    </message>
    <message>
        <source>I&amp;nspection</source>
        <translation>I&amp;nspection</translation>
    </message>
    <message>
        <source>Lab &amp;test (with measured results)</source>
        <translation>Lab &amp;test (with measured results)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>Passed (conformant)</source>
        <translation>Passed (conformant)</translation>
    </message>
    <message>
        <source>Failed (non-conformant)</source>
        <translation>Failed (non-conformant)</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>No verdict</translation>
    </message>
    <message>
        <source>Verdi&amp;ct:</source>
        <translation>Verdi&amp;ct:</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Add r&amp;esult</source>
        <translation>Add r&amp;esult</translation>
    </message>
    <message>
        <source>Measured results:</source>
        <translation>Measured results:</translation>
    </message>
    <message>
        <source>Each value measured, e.g. a pesticide residue in mg/kg with its legal limit</source>
        <translation>Each value measured, e.g. a pesticide residue in mg/kg with its legal limit</translation>
    </message>
    <message>
        <source>Ins&amp;pector / laboratory:</source>
        <translation>Ins&amp;pector / laboratory:</translation>
    </message>
    <message>
        <source>e.g. CQAQ-2025-12-0412</source>
        <translation>e.g. CQAQ-2025-12-0412</translation>
    </message>
    <message>
        <source>Certificate&amp;s:</source>
        <translation>Certificate&amp;s:</translation>
    </message>
    <message>
        <source>Numbers of the certificates or reports issued, separated by commas</source>
        <translation>Numbers of the certificates or reports issued, separated by commas</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <source>Attach the lab report, a certificate or a photo (up to 32 MiB each); it is stored signed and encrypted with the record.</source>
        <translation>Attach the lab report, a certificate or a photo (up to 32 MiB each); it is stored signed and encrypted with the record.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>When the inspection or sampling took place (local time)</source>
        <translation>When the inspection or sampling took place (local time)</translation>
    </message>
    <message>
        <source>&amp;Record result</source>
        <translation>&amp;Record result</translation>
    </message>
    <message>
        <source>e.g. 毒死蜱残留</source>
        <translation>e.g. 毒死蜱残留</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The legal or contractual limit, if there is one</source>
        <translation>The legal or contractual limit, if there is one</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file name (size)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Reports and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>Reports and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Type or scan the batch inspected.</source>
        <translation>Type or scan the batch inspected.</translation>
    </message>
    <message>
        <source>A lab test needs at least one measured result: Add result.</source>
        <translation>A lab test needs at least one measured result: Add result.</translation>
    </message>
    <message>
        <source>Row %1: type the measured value.</source>
        <translation>Row %1: type the measured value.</translation>
    </message>
    <message>
        <source>Row %1: the value must be a number.</source>
        <translation>Row %1: the value must be a number.</translation>
    </message>
    <message>
        <source>Row %1: the limit must be a number (or left empty).</source>
        <translation>Row %1: the limit must be a number (or left empty).</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 an attachment may have.</source>
        <translation>%1 is larger than the %2 an attachment may have.</translation>
    </message>
    <message>
        <source>Lab test recorded: batch %1</source>
        <translation>Lab test recorded: batch %1</translation>
    </message>
    <message>
        <source>Inspection recorded: batch %1</source>
        <translation>Inspection recorded: batch %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::MainWindow</name>
    <message>
        <source>%1 — Suyuan</source>
        <comment>window title: organisation — application</comment>
        <translation>%1 — Suyuan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>&amp;Ledger</translation>
    </message>
    <message>
        <source>&amp;Verify Ledger</source>
        <translation>&amp;Verify Ledger</translation>
    </message>
    <message>
        <source>Check every record's signature and every author's chain.</source>
        <translation>Check every record's signature and every author's chain.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Suyuan</source>
        <translation>&amp;About Suyuan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>This node</source>
        <translation>This node</translation>
    </message>
    <message>
        <source>Node ID: the fingerprint of this node's public signing key</source>
        <translation>Node ID: the fingerprint of this node's public signing key</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the node ID to the clipboard</source>
        <translation>Copy the node ID to the clipboard</translation>
    </message>
    <message>
        <source>Partners add this node by its ID. The last character is a check character, so a mistyped ID is caught.</source>
        <translation>Partners add this node by its ID. The last character is a check character, so a mistyped ID is caught.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>Last audit:</source>
        <translation>Last audit:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>Node ID: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <source>Last audit: unknown</source>
        <translation>Last audit: unknown</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 of %2 records</translation>
    </message>
    <message>
        <source>The audit could not run: %1</source>
        <translation>The audit could not run: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Node ID copied to the clipboard.</source>
        <translation>Node ID copied to the clipboard.</translation>
    </message>
    <message>
        <source>About Suyuan</source>
        <translation>About Suyuan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Suyuan %1&lt;/h3&gt;&lt;p&gt;A traceability ledger for farm cooperatives, processors and warehouses.&lt;/p&gt;&lt;p&gt;Every record is signed by the node that made it and kept in an encrypted, append-only ledger.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Suyuan %1&lt;/h3&gt;&lt;p&gt;A traceability ledger for farm cooperatives, processors and warehouses.&lt;/p&gt;&lt;p&gt;Every record is signed by the node that made it and kept in an encrypted, append-only ledger.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Last audit: never</source>
        <translation>Last audit: never</translation>
    </message>
    <message>
        <source>Last audit: clean</source>
        <translation>Last audit: clean</translation>
    </message>
    <message>
        <source>Last audit: problems found (%1)</source>
        <translation>Last audit: problems found (%1)</translation>
    </message>
    <message>
        <source>%1 — clean; records checked: %2</source>
        <translation>%1 — clean; records checked: %2</translation>
    </message>
    <message>
        <source>%1 — problems found: %2; records checked: %3</source>
        <translation>%1 — problems found: %2; records checked: %3</translation>
    </message>
    <message>
        <source>Bringing the batch tables up to date…</source>
        <translation>Bringing the batch tables up to date…</translation>
    </message>
    <message>
        <source>Suyuan</source>
        <translation>Suyuan</translation>
    </message>
    <message>
        <source>The batch tables could not be opened: %1</source>
        <translation>The batch tables could not be opened: %1</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Hide the ledger until the passphrase is entered again.</source>
        <translation>Hide the ledger until the passphrase is entered again.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>Suyuan is locked</source>
        <translation>Suyuan is locked</translation>
    </message>
    <message>
        <source>The window stays locked until the passphrase is entered. Quit Suyuan?</source>
        <translation>The window stays locked until the passphrase is entered. Quit Suyuan?</translation>
    </message>
    <message>
        <source>Waiting for the audit to finish (or cancel it).</source>
        <translation>Waiting for the audit to finish (or cancel it).</translation>
    </message>
    <message>
        <source>Waiting for the import or export to finish.</source>
        <translation>Waiting for the import or export to finish.</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Change &amp;Passphrase…</translation>
    </message>
    <message>
        <source>Close the ledger, give it a new passphrase and open it again.</source>
        <translation>Close the ledger, give it a new passphrase and open it again.</translation>
    </message>
    <message>
        <source>S&amp;witch Profile…</source>
        <translation>S&amp;witch Profile…</translation>
    </message>
    <message>
        <source>Open another profile (another organisation's ledger), or create one in an empty folder.</source>
        <translation>Open another profile (another organisation's ledger), or create one in an empty folder.</translation>
    </message>
    <message>
        <source>Choose the profile folder (an empty folder makes a new profile)</source>
        <translation>Choose the profile folder (an empty folder makes a new profile)</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::MasterDataPage</name>
    <message>
        <source>Master data</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>Products, parties and locations that batches and events refer to. Saving a change records a new version; earlier versions stay in the ledger (History).</source>
        <translation>Products, parties and locations that batches and events refer to. Saving a change records a new version; earlier versions stay in the ledger (History).</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Products</translation>
    </message>
    <message>
        <source>P&amp;arties</source>
        <translation>P&amp;arties</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Locations</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Clear the form to enter a new entry.</source>
        <translation>Clear the form to enter a new entry.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Every version of the selected entry, newest first.</source>
        <translation>Every version of the selected entry, newest first.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Record this entry in the ledger, signed by this node (Enter).</source>
        <translation>Record this entry in the ledger, signed by this node (Enter).</translation>
    </message>
    <message>
        <source>Use 1–40 lower-case letters, digits, "-", "_" or ".", starting with a letter or digit (e.g. fengjie-coop).</source>
        <translation>Use 1–40 lower-case letters, digits, "-", "_" or ".", starting with a letter or digit (e.g. fengjie-coop).</translation>
    </message>
    <message>
        <source>A GLN has exactly 13 digits.</source>
        <translation>A GLN has exactly 13 digits.</translation>
    </message>
    <message>
        <source>The check digit is wrong: it should be %1.</source>
        <translation>The check digit is wrong: it should be %1.</translation>
    </message>
    <message>
        <source>Enter a name in Chinese or English.</source>
        <translation>Enter a name in Chinese or English.</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>GTIN / local code</source>
        <translation>GTIN / local code</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>&amp;Chinese name:</source>
        <translation>&amp;Chinese name:</translation>
    </message>
    <message>
        <source>e.g. 奉节脐橙</source>
        <translation>e.g. 奉节脐橙</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>e.g. Fengjie navel orange</source>
        <translation>e.g. Fengjie navel orange</translation>
    </message>
    <message>
        <source>&amp;GTIN:</source>
        <translation>&amp;GTIN:</translation>
    </message>
    <message>
        <source>The product's GS1 trade item number: 8, 12, 13 or 14 digits ending in a check digit, as under its barcode. Leave it empty for a product without one.</source>
        <translation>The product's GS1 trade item number: 8, 12, 13 or 14 digits ending in a check digit, as under its barcode. Leave it empty for a product without one.</translation>
    </message>
    <message>
        <source>optional, e.g. 6937651000114</source>
        <translation>optional, e.g. 6937651000114</translation>
    </message>
    <message>
        <source>Local c&amp;ode:</source>
        <translation>Local c&amp;ode:</translation>
    </message>
    <message>
        <source>For a product without a GTIN: your own short code, used in its batch numbers (letters, digits, "-", "_", "."; up to 20).</source>
        <translation>For a product without a GTIN: your own short code, used in its batch numbers (letters, digits, "-", "_", "."; up to 20).</translation>
    </message>
    <message>
        <source>needed without a GTIN, e.g. QCT-FL</source>
        <translation>needed without a GTIN, e.g. QCT-FL</translation>
    </message>
    <message>
        <source>Fruit</source>
        <translation>Fruit</translation>
    </message>
    <message>
        <source>Vegetable</source>
        <translation>Vegetable</translation>
    </message>
    <message>
        <source>Processed vegetable</source>
        <translation>Processed vegetable</translation>
    </message>
    <message>
        <source>Spice</source>
        <translation>Spice</translation>
    </message>
    <message>
        <source>Grain</source>
        <translation>Grain</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>Tea</translation>
    </message>
    <message>
        <source>Meat</source>
        <translation>Meat</translation>
    </message>
    <message>
        <source>Aquatic product</source>
        <translation>Aquatic product</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>unit code — unit name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Default &amp;unit:</source>
        <translation>Default &amp;unit:</translation>
    </message>
    <message>
        <source>The unit batches of this product are counted in unless a batch says otherwise (UN/ECE Recommendation 20 codes).</source>
        <translation>The unit batches of this product are counted in unless a batch says otherwise (UN/ECE Recommendation 20 codes).</translation>
    </message>
    <message>
        <source>New product. The GTIN or local code cannot be changed once saved.</source>
        <translation>New product. The GTIN or local code cannot be changed once saved.</translation>
    </message>
    <message>
        <source>Editing %1. Saving records a new version.</source>
        <translation>Editing %1. Saving records a new version.</translation>
    </message>
    <message>
        <source>Enter a GTIN, or a local code for a product without one.</source>
        <translation>Enter a GTIN, or a local code for a product without one.</translation>
    </message>
    <message>
        <source>Use up to 20 letters, digits, "-", "_" or ".", starting with a letter or digit.</source>
        <translation>Use up to 20 letters, digits, "-", "_" or ".", starting with a letter or digit.</translation>
    </message>
    <message>
        <source>This product exists already: select it in the list to edit it.</source>
        <translation>This product exists already: select it in the list to edit it.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <source>Product saved: %1</source>
        <translation>Product saved: %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>Entity code</source>
        <translation>Entity code</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>registered name, e.g. 奉节县鑫橙脐橙专业合作社</source>
        <translation>registered name, e.g. 奉节县鑫橙脐橙专业合作社</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>A short code that names this party in every record (e.g. fengjie-coop). It cannot be changed once saved.</source>
        <translation>A short code that names this party in every record (e.g. fengjie-coop). It cannot be changed once saved.</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>Farm</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Retailer</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;GLN:</source>
        <translation>&amp;GLN:</translation>
    </message>
    <message>
        <source>GS1 Global Location Number of the organisation: 13 digits ending in a check digit. Optional.</source>
        <translation>GS1 Global Location Number of the organisation: 13 digits ending in a check digit. Optional.</translation>
    </message>
    <message>
        <source>optional, 13 digits</source>
        <translation>optional, 13 digits</translation>
    </message>
    <message>
        <source>Entity c&amp;ode:</source>
        <translation>Entity c&amp;ode:</translation>
    </message>
    <message>
        <source>The entity code of the traceability platform, usually the unified social credit code (18 characters). Optional.</source>
        <translation>The entity code of the traceability platform, usually the unified social credit code (18 characters). Optional.</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>&amp;Mobile / phone:</source>
        <translation>&amp;Mobile / phone:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>New party.</source>
        <translation>New party.</translation>
    </message>
    <message>
        <source>Enter a key, a short code such as fengjie-coop.</source>
        <translation>Enter a key, a short code such as fengjie-coop.</translation>
    </message>
    <message>
        <source>This key is taken: select the party in the list to edit it.</source>
        <translation>This key is taken: select the party in the list to edit it.</translation>
    </message>
    <message>
        <source>Party saved: %1</source>
        <translation>Party saved: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>e.g. 石马村脐橙园 3 号地块</source>
        <translation>e.g. 石马村脐橙园 3 号地块</translation>
    </message>
    <message>
        <source>A short code that names this location in every record (e.g. fj-plot-shima). It cannot be changed once saved.</source>
        <translation>A short code that names this location in every record (e.g. fj-plot-shima). It cannot be changed once saved.</translation>
    </message>
    <message>
        <source>Farm plot</source>
        <translation>Farm plot</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Processing site</source>
        <translation>Processing site</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Operated &amp;by:</source>
        <translation>Operated &amp;by:</translation>
    </message>
    <message>
        <source>The party that runs this location. Optional.</source>
        <translation>The party that runs this location. Optional.</translation>
    </message>
    <message>
        <source>GS1 Global Location Number of the site: 13 digits ending in a check digit. Optional.</source>
        <translation>GS1 Global Location Number of the site: 13 digits ending in a check digit. Optional.</translation>
    </message>
    <message>
        <source>Lat&amp;itude:</source>
        <translation>Lat&amp;itude:</translation>
    </message>
    <message>
        <source>Decimal degrees, north positive (e.g. 31.0853). Optional; give both or neither.</source>
        <translation>Decimal degrees, north positive (e.g. 31.0853). Optional; give both or neither.</translation>
    </message>
    <message>
        <source>optional, e.g. 31.0853</source>
        <translation>optional, e.g. 31.0853</translation>
    </message>
    <message>
        <source>Longit&amp;ude:</source>
        <translation>Longit&amp;ude:</translation>
    </message>
    <message>
        <source>Decimal degrees, east positive (e.g. 109.5312). Optional; give both or neither.</source>
        <translation>Decimal degrees, east positive (e.g. 109.5312). Optional; give both or neither.</translation>
    </message>
    <message>
        <source>optional, e.g. 109.5312</source>
        <translation>optional, e.g. 109.5312</translation>
    </message>
    <message>
        <source>New location.</source>
        <translation>New location.</translation>
    </message>
    <message>
        <source>Enter a key, a short code such as fj-plot-shima.</source>
        <translation>Enter a key, a short code such as fj-plot-shima.</translation>
    </message>
    <message>
        <source>This key is taken: select the location in the list to edit it.</source>
        <translation>This key is taken: select the location in the list to edit it.</translation>
    </message>
    <message>
        <source>The latitude is a number from -90 to 90.</source>
        <translation>The latitude is a number from -90 to 90.</translation>
    </message>
    <message>
        <source>The longitude is a number from -180 to 180.</source>
        <translation>The longitude is a number from -180 to 180.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>Location saved: %1</source>
        <translation>Location saved: %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Every version recorded for %1, newest first. Each one is a signed record; the first row is the one in use.</source>
        <translation>Every version recorded for %1, newest first. Each one is a signed record; the first row is the one in use.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Other fields</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>This node</source>
        <translation>This node</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::PackForm</name>
    <message>
        <source>%1 is not a valid SSCC: its check digit should be %2.</source>
        <translation>%1 is not a valid SSCC: its check digit should be %2.</translation>
    </message>
    <message>
        <source>A case code may use only letters, digits, - _ and . (not "%1").</source>
        <translation>A case code may use only letters, digits, - _ and . (not "%1").</translation>
    </message>
    <message>
        <source>Pack / unpack</source>
        <translation>Pack / unpack</translation>
    </message>
    <message>
        <source>Batches go into a case or onto a pallet (its SSCC or our own case code), or come out of it again.</source>
        <translation>Batches go into a case or onto a pallet (its SSCC or our own case code), or come out of it again.</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>&amp;Pack</translation>
    </message>
    <message>
        <source>&amp;Unpack</source>
        <translation>&amp;Unpack</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>SSCC (18 digits) or case code</source>
        <translation>SSCC (18 digits) or case code</translation>
    </message>
    <message>
        <source>&amp;Case or pallet:</source>
        <translation>&amp;Case or pallet:</translation>
    </message>
    <message>
        <source>The SSCC on the pallet label (18 digits), or a case code of your own (letters, digits, - _ .)</source>
        <translation>The SSCC on the pallet label (18 digits), or a case code of your own (letters, digits, - _ .)</translation>
    </message>
    <message>
        <source>&amp;Batches:</source>
        <translation>&amp;Batches:</translation>
    </message>
    <message>
        <source>The batches packed and how much of each</source>
        <translation>The batches packed and how much of each</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Type or scan the case or pallet code.</source>
        <translation>Type or scan the case or pallet code.</translation>
    </message>
    <message>
        <source>Add the batches packed.</source>
        <translation>Add the batches packed.</translation>
    </message>
    <message>
        <source>No batch named: everything in it is unpacked.</source>
        <translation>No batch named: everything in it is unpacked.</translation>
    </message>
    <message>
        <source>Packed into %1</source>
        <translation>Packed into %1</translation>
    </message>
    <message>
        <source>Unpacked from %1</source>
        <translation>Unpacked from %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::PortionTable</name>
    <message>
        <source>&amp;Add batch</source>
        <translation>&amp;Add batch</translation>
    </message>
    <message>
        <source>Add the batch typed on the left (Enter in the field does the same).</source>
        <translation>Add the batch typed on the left (Enter in the field does the same).</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>How much of this batch, in its unit</source>
        <translation>How much of this batch, in its unit</translation>
    </message>
    <message>
        <source>Batch %1: type a quantity above zero.</source>
        <translation>Batch %1: type a quantity above zero.</translation>
    </message>
    <message>
        <source>Batch %1 has only %2 available; %3 cannot be taken from it.</source>
        <translation>Batch %1 has only %2 available; %3 cannot be taken from it.</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::PrintLabelsDialog</name>
    <message>
        <source>Print Labels</source>
        <translation>Print Labels</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <source>Number each label (item &amp;serials)</source>
        <translation>Number each label (item &amp;serials)</translation>
    </message>
    <message>
        <source>Each copy gets its own serial number and its own signed code, so that every package can be told apart and a copied label stands out.</source>
        <translation>Each copy gets its own serial number and its own signed code, so that every package can be told apart and a copied label stands out.</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>not printed</translation>
    </message>
    <message>
        <source>&amp;Net quantity per package:</source>
        <translation>&amp;Net quantity per package:</translation>
    </message>
    <message>
        <source>&amp;Best before:</source>
        <translation>&amp;Best before:</translation>
    </message>
    <message>
        <source>Where the consumer pages are published: a phone that scans the label opens this address followed by the batch's code.</source>
        <translation>Where the consumer pages are published: a phone that scans the label opens this address followed by the batch's code.</translation>
    </message>
    <message>
        <source>Web &amp;address:</source>
        <translation>Web &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>The web address is an example: replace it with the address where your consumer pages will be published before you print for real.</source>
        <translation>The web address is an example: replace it with the address where your consumer pages will be published before you print for real.</translation>
    </message>
    <message>
        <source>%1. The code is signed with this node's key.</source>
        <translation>%1. The code is signed with this node's key.</translation>
    </message>
    <message>
        <source>%1 labels sent to %2.</source>
        <translation>%1 labels sent to %2.</translation>
    </message>
    <message>
        <source>Export Labels</source>
        <translation>Export Labels</translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation>labels.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</translation>
    </message>
    <message>
        <source>%1 labels written to %2.</source>
        <translation>%1 labels written to %2.</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ProcessForm</name>
    <message>
        <source>Process / split / merge</source>
        <translation>Process / split / merge</translation>
    </message>
    <message>
        <source>Input batches (all or part of each) become new batches: grading, pickling, drying, splitting one batch or merging several. The inputs' available quantities are shown.</source>
        <translation>Input batches (all or part of each) become new batches: grading, pickling, drying, splitting one batch or merging several. The inputs' available quantities are shown.</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>&amp;Inputs:</translation>
    </message>
    <message>
        <source>The batches used and how much of each (at most what is available)</source>
        <translation>The batches used and how much of each (at most what is available)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Lot code</source>
        <translation>Lot code</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Add o&amp;utput</source>
        <translation>Add o&amp;utput</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Outputs:</translation>
    </message>
    <message>
        <source>The new batches made: product, lot code and quantity. Outputs may exceed inputs of the same unit by at most 5 % (brine, water).</source>
        <translation>The new batches made: product, lot code and quantity. Outputs may exceed inputs of the same unit by at most 5 % (brine, water).</translation>
    </message>
    <message>
        <source>Processing (general)</source>
        <translation>Processing (general)</translation>
    </message>
    <message>
        <source>Grading and packing</source>
        <translation>Grading and packing</translation>
    </message>
    <message>
        <source>Repacking / splitting</source>
        <translation>Repacking / splitting</translation>
    </message>
    <message>
        <source>Pickling (腌制)</source>
        <translation>Pickling (腌制)</translation>
    </message>
    <message>
        <source>Drying</source>
        <translation>Drying</translation>
    </message>
    <message>
        <source>Washing</source>
        <translation>Washing</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <source>What was done (a GS1 CBV business step, or ours where CBV has none)</source>
        <translation>What was done (a GS1 CBV business step, or ours where CBV has none)</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Record processing</source>
        <translation>&amp;Record processing</translation>
    </message>
    <message>
        <source>The new batch's lot code (up to 20 letters, digits and - . / _)</source>
        <translation>The new batch's lot code (up to 20 letters, digits and - . / _)</translation>
    </message>
    <message>
        <source>Add at least one input batch.</source>
        <translation>Add at least one input batch.</translation>
    </message>
    <message>
        <source>Add at least one output batch.</source>
        <translation>Add at least one output batch.</translation>
    </message>
    <message>
        <source>There are no products yet: add one under Master data first.</source>
        <translation>There are no products yet: add one under Master data first.</translation>
    </message>
    <message>
        <source>Output %1: type the lot code.</source>
        <translation>Output %1: type the lot code.</translation>
    </message>
    <message>
        <source>Output %1: %2</source>
        <translation>Output %1: %2</translation>
    </message>
    <message>
        <source>Output %1: lot %2 is named twice.</source>
        <translation>Output %1: lot %2 is named twice.</translation>
    </message>
    <message>
        <source>Output %1: type the quantity.</source>
        <translation>Output %1: type the quantity.</translation>
    </message>
    <message>
        <source>Output %1: the quantity must be a number above zero.</source>
        <translation>Output %1: the quantity must be a number above zero.</translation>
    </message>
    <message>
        <source>Output %1: batch %2 exists already.</source>
        <translation>Output %1: batch %2 exists already.</translation>
    </message>
    <message>
        <source>The outputs (%1) exceed the inputs (%2) by more than %3 %.</source>
        <translation>The outputs (%1) exceed the inputs (%2) by more than %3 %.</translation>
    </message>
    <message>
        <source>Processing recorded: new batches %1</source>
        <translation>Processing recorded: new batches %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::RecallForm</name>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>A batch is recalled: it may no longer be processed or sold. Whoever holds what was made from it is found under Recall in the batch's trace.</source>
        <translation>A batch is recalled: it may no longer be processed or sold. Whoever holds what was made from it is found under Recall in the batch's trace.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>e.g. pesticide residue above the limit</source>
        <translation>e.g. pesticide residue above the limit</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Reaso&amp;n:</translation>
    </message>
    <message>
        <source>Why the batch is recalled; partners will read it</source>
        <translation>Why the batch is recalled; partners will read it</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>&amp;Record recall</source>
        <translation>&amp;Record recall</translation>
    </message>
    <message>
        <source>Type or scan the batch recalled.</source>
        <translation>Type or scan the batch recalled.</translation>
    </message>
    <message>
        <source>This batch is recalled already.</source>
        <translation>This batch is recalled already.</translation>
    </message>
    <message>
        <source>A recall needs its reason.</source>
        <translation>A recall needs its reason.</translation>
    </message>
    <message>
        <source>Recall recorded: batch %1</source>
        <translation>Recall recorded: batch %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ReceiveForm</name>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>A batch arrives: where it was put and who sent it. Scan the label into the batch field.</source>
        <translation>A batch arrives: where it was put and who sent it. Scan the label into the batch field.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Where the goods were received</source>
        <translation>Where the goods were received</translation>
    </message>
    <message>
        <source>&amp;From party:</source>
        <translation>&amp;From party:</translation>
    </message>
    <message>
        <source>Who sent the goods</source>
        <translation>Who sent the goods</translation>
    </message>
    <message>
        <source>Receiving &amp;advice no.:</source>
        <translation>Receiving &amp;advice no.:</translation>
    </message>
    <message>
        <source>The receiving note (收货单) number, if any</source>
        <translation>The receiving note (收货单) number, if any</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>When the goods arrived (local time)</source>
        <translation>When the goods arrived (local time)</translation>
    </message>
    <message>
        <source>&amp;Record receipt</source>
        <translation>&amp;Record receipt</translation>
    </message>
    <message>
        <source>Type or scan the batch received.</source>
        <translation>Type or scan the batch received.</translation>
    </message>
    <message>
        <source>There are no locations yet: add one under Master data first.</source>
        <translation>There are no locations yet: add one under Master data first.</translation>
    </message>
    <message>
        <source>Document numbers may not contain spaces.</source>
        <translation>Document numbers may not contain spaces.</translation>
    </message>
    <message>
        <source>Receipt recorded: batch %1 at %2</source>
        <translation>Receipt recorded: batch %1 at %2</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::RecordForm</name>
    <message>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>in stock</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>in transit</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>recalled</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>sold</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Sign and record (Enter). It stays disabled until the form is complete.</source>
        <translation>Sign and record (Enter). It stays disabled until the form is complete.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>unit name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 · %2 available · %3</source>
        <comment>product · quantity · status</comment>
        <translation>%1 · %2 available · %3</translation>
    </message>
    <message>
        <source> · at %1</source>
        <translation> · at %1</translation>
    </message>
    <message>
        <source>This time is in the future; record what has happened.</source>
        <translation>This time is in the future; record what has happened.</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::RecordPage</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>A new batch from the field</source>
        <translation>A new batch from the field</translation>
    </message>
    <message>
        <source>Fertilising, plant protection, irrigation … on a plot</source>
        <translation>Fertilising, plant protection, irrigation … on a plot</translation>
    </message>
    <message>
        <source>An inspection or a lab result, with the report attached</source>
        <translation>An inspection or a lab result, with the report attached</translation>
    </message>
    <message>
        <source>Input batches become new batches</source>
        <translation>Input batches become new batches</translation>
    </message>
    <message>
        <source>Batches into or out of a case or pallet</source>
        <translation>Batches into or out of a case or pallet</translation>
    </message>
    <message>
        <source>A batch leaves for another party</source>
        <translation>A batch leaves for another party</translation>
    </message>
    <message>
        <source>A batch arrives here</source>
        <translation>A batch arrives here</translation>
    </message>
    <message>
        <source>Stop a batch from being processed or sold</source>
        <translation>Stop a batch from being processed or sold</translation>
    </message>
    <message>
        <source>Goods sold to consumers or destroyed</source>
        <translation>Goods sold to consumers or destroyed</translation>
    </message>
    <message>
        <source>Declare a wrong event withdrawn, then record the right one</source>
        <translation>Declare a wrong event withdrawn, then record the right one</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::RowTable</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Remove this row</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ScanPage</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Scan with the camera</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Hold the label's QR code in front of the camera.</source>
        <translation>Hold the label's QR code in front of the camera.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>The camera cannot be used: %1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scan a label with the USB scanner, or type a lot code and press Enter. The label's signature is checked on this computer, without the network.</source>
        <translation>Scan a label with the USB scanner, or type a lot code and press Enter. The label's signature is checked on this computer, without the network.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Scan here (the cursor waits in this field)</source>
        <translation>Scan here (the cursor waits in this field)</translation>
    </message>
    <message>
        <source>Read from &amp;Image…</source>
        <translation>Read from &amp;Image…</translation>
    </message>
    <message>
        <source>Read the QR code in a photo or a scanned picture of a label.</source>
        <translation>Read the QR code in a photo or a scanned picture of a label.</translation>
    </message>
    <message>
        <source>Use &amp;Camera…</source>
        <translation>Use &amp;Camera…</translation>
    </message>
    <message>
        <source>&amp;Open Batch</source>
        <translation>&amp;Open Batch</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Receive…</translation>
    </message>
    <message>
        <source>S&amp;hip…</source>
        <translation>S&amp;hip…</translation>
    </message>
    <message>
        <source>Scanned &amp;this session:</source>
        <translation>Scanned &amp;this session:</translation>
    </message>
    <message>
        <source>No camera was found on this computer: use the USB scanner, or read a photo of the label with Read from Image.</source>
        <translation>No camera was found on this computer: use the USB scanner, or read a photo of the label with Read from Image.</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1 (node %2)</translation>
    </message>
    <message>
        <source>✔ Genuine label, signed by %1.</source>
        <translation>✔ Genuine label, signed by %1.</translation>
    </message>
    <message>
        <source>✖ FORGED OR ALTERED LABEL. Its signature does not match what it says. Do not accept these goods; set them aside and tell the sender.</source>
        <translation>✖ FORGED OR ALTERED LABEL. Its signature does not match what it says. Do not accept these goods; set them aside and tell the sender.</translation>
    </message>
    <message>
        <source>⚠ Signed by a node this ledger does not know, so it cannot tell whether the label is genuine. Get the sender's records (sync or a bundle) and scan again.</source>
        <translation>⚠ Signed by a node this ledger does not know, so it cannot tell whether the label is genuine. Get the sender's records (sync or a bundle) and scan again.</translation>
    </message>
    <message>
        <source>This code carries no signature: it names a batch but does not prove who made the label.</source>
        <translation>This code carries no signature: it names a batch but does not prove who made the label.</translation>
    </message>
    <message>
        <source>GTIN: %1</source>
        <translation>GTIN: %1</translation>
    </message>
    <message>
        <source>Product code: %1</source>
        <translation>Product code: %1</translation>
    </message>
    <message>
        <source>Lot: %1</source>
        <translation>Lot: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Serial: %1</translation>
    </message>
    <message>
        <source>Best before: %1</source>
        <translation>Best before: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Batch in this ledger: %1 · lot %2 · %3 · held by %4</source>
        <translation>Batch in this ledger: %1 · lot %2 · %3 · held by %4</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>This ledger holds no batch with these identifiers.</source>
        <translation>This ledger holds no batch with these identifiers.</translation>
    </message>
    <message>
        <source>This is not a code Suyuan can read: %1</source>
        <translation>This is not a code Suyuan can read: %1</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>not readable</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Read a Label from an Image</source>
        <translation>Read a Label from an Image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>no QR code or barcode was found in the picture.</source>
        <translation>no QR code or barcode was found in the picture.</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Nothing scanned yet.</translation>
    </message>
    <message>
        <source>Scanning &amp;at:</source>
        <translation>Scanning &amp;at:</translation>
    </message>
    <message>
        <source>Where you are scanning. Scans of item labels (with a serial number) are recorded here, so that a copied label seen in two places is noticed.</source>
        <translation>Where you are scanning. Scans of item labels (with a serial number) are recorded here, so that a copied label seen in two places is noticed.</translation>
    </message>
    <message>
        <source>No places yet: add your warehouse under Master data</source>
        <translation>No places yet: add your warehouse under Master data</translation>
    </message>
    <message>
        <source>This item label was not recorded: choose where you are scanning above. Recorded scans show copied labels.</source>
        <translation>This item label was not recorded: choose where you are scanning above. Recorded scans show copied labels.</translation>
    </message>
    <message>
        <source>The scan could not be recorded: %1</source>
        <translation>The scan could not be recorded: %1</translation>
    </message>
    <message>
        <source>The scan was recorded, but its sightings could not be read: %1</source>
        <translation>The scan was recorded, but its sightings could not be read: %1</translation>
    </message>
    <message>
        <source>Serial %1: scan recorded at %2. Scans of this serial so far: %3, each where the batch's own records put it.</source>
        <translation>Serial %1: scan recorded at %2. Scans of this serial so far: %3, each where the batch's own records put it.</translation>
    </message>
    <message>
        <source>⚠ POSSIBLE COPIED LABEL. This serial number has been scanned where the batch's own records cannot explain it. Set the item aside and check where it came from.</source>
        <translation>⚠ POSSIBLE COPIED LABEL. This serial number has been scanned where the batch's own records cannot explain it. Set the item aside and check where it came from.</translation>
    </message>
    <message>
        <source>The scan of this forged label was recorded at %1, for the record; it says nothing about where the genuine item is.</source>
        <translation>The scan of this forged label was recorded at %1, for the record; it says nothing about where the genuine item is.</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::SellForm</name>
    <message>
        <source>Sell / destroy</source>
        <translation>Sell / destroy</translation>
    </message>
    <message>
        <source>Goods leave the chain: sold to consumers, or destroyed (spoiled, failed a test). The batch is closed once nothing is left.</source>
        <translation>Goods leave the chain: sold to consumers, or destroyed (spoiled, failed a test). The batch is closed once nothing is left.</translation>
    </message>
    <message>
        <source>&amp;Sold</source>
        <translation>&amp;Sold</translation>
    </message>
    <message>
        <source>&amp;Destroyed</source>
        <translation>&amp;Destroyed</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>Leave empty for all that is available</source>
        <translation>Leave empty for all that is available</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>The store where it was sold</source>
        <translation>The store where it was sold</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Reaso&amp;n:</translation>
    </message>
    <message>
        <source>Why it was destroyed</source>
        <translation>Why it was destroyed</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Type or scan the batch.</source>
        <translation>Type or scan the batch.</translation>
    </message>
    <message>
        <source>all: %1</source>
        <translation>all: %1</translation>
    </message>
    <message>
        <source>Nothing of this batch is left.</source>
        <translation>Nothing of this batch is left.</translation>
    </message>
    <message>
        <source>The quantity must be a number above zero (or empty for all).</source>
        <translation>The quantity must be a number above zero (or empty for all).</translation>
    </message>
    <message>
        <source>Only %1 of this batch is available.</source>
        <translation>Only %1 of this batch is available.</translation>
    </message>
    <message>
        <source>Say why it was destroyed.</source>
        <translation>Say why it was destroyed.</translation>
    </message>
    <message>
        <source>Destruction recorded: %1 of batch %2</source>
        <translation>Destruction recorded: %1 of batch %2</translation>
    </message>
    <message>
        <source>Sale recorded: %1 of batch %2</source>
        <translation>Sale recorded: %1 of batch %2</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>The system's language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Nothing you have recorded is lost by restarting.</source>
        <translation>The new language is used from the next start. Nothing you have recorded is lost by restarting.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Restart Now</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input the window locks and asks for the passphrase. Work in progress stays as it is.</source>
        <translation>After this long without keyboard or mouse input the window locks and asks for the passphrase. Work in progress stays as it is.</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Lock after &amp;idle time:</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>Barcode scanner</translation>
    </message>
    <message>
        <source>Characters your scanner sends before each code, if it is set to send any. They are taken off.</source>
        <translation>Characters your scanner sends before each code, if it is set to send any. They are taken off.</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Prefix:</translation>
    </message>
    <message>
        <source>Characters your scanner sends after each code, before Enter. Write \t for a Tab.</source>
        <translation>Characters your scanner sends after each code, before Enter. Write \t for a Tab.</translation>
    </message>
    <message>
        <source>S&amp;uffix:</source>
        <translation>S&amp;uffix:</translation>
    </message>
    <message>
        <source>Scan any label here to try the scanner</source>
        <translation>Scan any label here to try the scanner</translation>
    </message>
    <message>
        <source>&amp;Try it:</source>
        <translation>&amp;Try it:</translation>
    </message>
    <message>
        <source>The code read appears here without the prefix and suffix. If a character is missing or extra, check the scanner's settings and the fields above.</source>
        <translation>The code read appears here without the prefix and suffix. If a character is missing or extra, check the scanner's settings and the fields above.</translation>
    </message>
    <message>
        <source>Read: %1 (%2 characters)</source>
        <translation>Read: %1 (%2 characters)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>The web address the QR codes on your labels point to. Publish the consumer site (File → Export consumer site) at this address.</source>
        <translation>The web address the QR codes on your labels point to. Publish the consumer site (File → Export consumer site) at this address.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Label &amp;address:</source>
        <translation>Label &amp;address:</translation>
    </message>
    <message>
        <source>This is an example address. Set the address of your own website before you print labels, or consumers' phones will not find your pages.</source>
        <translation>This is an example address. Set the address of your own website before you print labels, or consumers' phones will not find your pages.</translation>
    </message>
    <message>
        <source>New labels and the consumer site use this address. Labels already printed keep the address they were printed with.</source>
        <translation>New labels and the consumer site use this address. Labels already printed keep the address they were printed with.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ShipForm</name>
    <message>
        <source>Ship</source>
        <translation>Ship</translation>
    </message>
    <message>
        <source>A whole batch leaves for another party (to ship part of a batch, split it first under Process). It is in transit until received.</source>
        <translation>A whole batch leaves for another party (to ship part of a batch, split it first under Process). It is in transit until received.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>&amp;To party:</source>
        <translation>&amp;To party:</translation>
    </message>
    <message>
        <source>Who receives and owns the goods</source>
        <translation>Who receives and owns the goods</translation>
    </message>
    <message>
        <source>To &amp;location:</source>
        <translation>To &amp;location:</translation>
    </message>
    <message>
        <source>Where the goods go (a warehouse, a port, a store)</source>
        <translation>Where the goods go (a warehouse, a port, a store)</translation>
    </message>
    <message>
        <source>Purchase &amp;order no.:</source>
        <translation>Purchase &amp;order no.:</translation>
    </message>
    <message>
        <source>&amp;Despatch advice no.:</source>
        <translation>&amp;Despatch advice no.:</translation>
    </message>
    <message>
        <source>The delivery note / despatch advice (发货单) number</source>
        <translation>The delivery note / despatch advice (发货单) number</translation>
    </message>
    <message>
        <source>Bill o&amp;f lading no.:</source>
        <translation>Bill o&amp;f lading no.:</translation>
    </message>
    <message>
        <source>The transport document (提单 / waybill) number</source>
        <translation>The transport document (提单 / waybill) number</translation>
    </message>
    <message>
        <source>Private (stays on this node)</source>
        <translation>Private (stays on this node)</translation>
    </message>
    <message>
        <source>Price and contract are kept in this node's encrypted database. The signed record only carries a salted fingerprint of them, so partners and consumers never see them.</source>
        <translation>Price and contract are kept in this node's encrypted database. The signed record only carries a salted fingerprint of them, so partners and consumers never see them.</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Price:</translation>
    </message>
    <message>
        <source>The price of the whole shipment</source>
        <translation>The price of the whole shipment</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contract:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>When the goods left (local time)</source>
        <translation>When the goods left (local time)</translation>
    </message>
    <message>
        <source>&amp;Record shipment</source>
        <translation>&amp;Record shipment</translation>
    </message>
    <message>
        <source>Type or scan the batch shipped.</source>
        <translation>Type or scan the batch shipped.</translation>
    </message>
    <message>
        <source>This batch is %1; only batches in stock can be shipped.</source>
        <translation>This batch is %1; only batches in stock can be shipped.</translation>
    </message>
    <message>
        <source>There are no parties yet: add the customer under Master data first.</source>
        <translation>There are no parties yet: add the customer under Master data first.</translation>
    </message>
    <message>
        <source>Document numbers may not contain spaces.</source>
        <translation>Document numbers may not contain spaces.</translation>
    </message>
    <message>
        <source>The price must be a number.</source>
        <translation>The price must be a number.</translation>
    </message>
    <message>
        <source>Shipment recorded: batch %1 to %2</source>
        <translation>Shipment recorded: batch %1 to %2</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Road</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Rail</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Express parcel</source>
        <translation>Express parcel</translation>
    </message>
    <message>
        <source>Col&amp;d chain (refrigerated)</source>
        <translation>Col&amp;d chain (refrigerated)</translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation>Trans&amp;port:</translation>
    </message>
    <message>
        <source>How the goods travel</source>
        <translation>How the goods travel</translation>
    </message>
    <message>
        <source>Ca&amp;rrier:</source>
        <translation>Ca&amp;rrier:</translation>
    </message>
    <message>
        <source>The haulier (承运人), if not the receiving party</source>
        <translation>The haulier (承运人), if not the receiving party</translation>
    </message>
    <message>
        <source>e.g. 渝A·12345</source>
        <translation>e.g. 渝A·12345</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Vehicle:</translation>
    </message>
    <message>
        <source>Plate number, wagon, vessel or flight</source>
        <translation>Plate number, wagon, vessel or flight</translation>
    </message>
</context>
</TS>