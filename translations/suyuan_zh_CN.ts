<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchText</name>
    <message>
        <source>In stock</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已召回</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售完</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>t</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>g</source>
        <translation>克</translation>
    </message>
    <message>
        <source>L</source>
        <translation>升</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>毫升</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>件</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>this batch</source>
        <translation>本批次</translation>
    </message>
    <message>
        <source>input</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>产出</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>装箱</translation>
    </message>
    <message>
        <source>container</source>
        <translation>包装容器</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>on the origin plot</source>
        <translation>产地地块</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>加工</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>拆箱</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>装箱</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Field work</source>
        <translation>农事作业</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Lab test</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>采收</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>by road</source>
        <translation>公路运输</translation>
    </message>
    <message>
        <source>by rail</source>
        <translation>铁路运输</translation>
    </message>
    <message>
        <source>by water</source>
        <translation>水路运输</translation>
    </message>
    <message>
        <source>by air</source>
        <translation>航空运输</translation>
    </message>
    <message>
        <source>by express parcel</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>cold chain</source>
        <translation>冷链</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create Profile</source>
        <translation>创建档案</translation>
    </message>
    <message>
        <source>Welcome to Suyuan</source>
        <translation>欢迎使用溯源</translation>
    </message>
    <message>
        <source>Create a profile for your organisation. It holds the encrypted ledger and the key with which this computer signs its records.</source>
        <translation>为您的单位创建一个档案。档案中保存加密的台账，以及本机用来为记录签名的密钥。</translation>
    </message>
    <message>
        <source>e.g. Fengjie Navel Orange Cooperative</source>
        <translation>例如：奉节脐橙专业合作社</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least 8 characters. Nobody can recover a forgotten passphrase, so keep it somewhere safe.</source>
        <translation>至少 8 个字符。密码一旦忘记，任何人都无法找回，请妥善保管。</translation>
    </message>
    <message>
        <source>Creating the profile and deriving its key…</source>
        <translation>正在创建档案并生成密钥……</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language of Suyuan on this computer. You can change it later in Settings.</source>
        <translation>本机上溯源软件使用的语言，以后可在“设置”中更改。</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>The wizard switches at once, and the rest of Suyuan follows your choice.</source>
        <translation>向导立即切换语言，软件的其他部分也将使用您选择的语言。</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>您的单位</translation>
    </message>
    <message>
        <source>Your records are signed in the name of your organisation, and partners see it on every batch you pass on.</source>
        <translation>您的记录以本单位的名义签名，合作伙伴会在您交付的每个批次上看到它。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The registered name, as on your business licence. Chinese or English.</source>
        <translation>营业执照上的登记名称，中文或英文均可。</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>What your organisation does in the supply chain.</source>
        <translation>本单位在供应链中的角色。</translation>
    </message>
    <message>
        <source>Family farm</source>
        <translation>家庭农场</translation>
    </message>
    <message>
        <source>Farmers' cooperative</source>
        <translation>农民专业合作社</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>加工企业</translation>
    </message>
    <message>
        <source>Logistics company</source>
        <translation>物流企业</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>零售商</translation>
    </message>
    <message>
        <source>&amp;Entity code (主体码):</source>
        <translation>主体码(&amp;E)：</translation>
    </message>
    <message>
        <source>Optional: 18 characters</source>
        <translation>选填：18 位</translation>
    </message>
    <message>
        <source>The unified social credit code (统一社会信用代码) on your business licence: 18 digits and capital letters. Optional; you can add it later in Master Data.</source>
        <translation>营业执照上的统一社会信用代码：18 位数字和大写字母。选填，以后也可在“主数据”中补充。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The ledger on this computer is encrypted with your passphrase. It is asked for at every start.</source>
        <translation>本机上的台账用您的密码加密，每次启动时都需要输入。</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Ready to create the profile</source>
        <translation>准备创建档案</translation>
    </message>
    <message>
        <source>Check the summary, then create the profile. Deriving the key from the passphrase takes a moment.</source>
        <translation>请核对以下信息，然后创建档案。由密码生成密钥需要片刻。</translation>
    </message>
    <message>
        <source>Fill the new profile with the &amp;demo data, to try things out</source>
        <translation>在新档案中填入演示数据(&amp;D)，用于试用</translation>
    </message>
    <message>
        <source>The demo: Fengjie navel oranges, Fuling zhacai and Jiangjin Sichuan pepper, from harvest to sale. Records can never be deleted from a ledger: choose this for a profile to try Suyuan out, not for the one you will use for real work.</source>
        <translation>演示数据：奉节脐橙、涪陵榨菜和江津花椒，从采收到销售。台账中的记录永远无法删除：仅在用于试用的档案中勾选此项，正式使用的档案请勿勾选。</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>Not checked here: the record was not reached in time. The ledger audit checks every record.</source>
        <translation>此处未校验：未能及时找到该记录。台账审计会校验每一条记录。</translation>
    </message>
    <message>
        <source>Signature and chain link verified (record %1 of its author).</source>
        <translation>签名和链接均已验证（该作者的第 %1 条记录）。</translation>
    </message>
    <message>
        <source>The record is malformed: %1</source>
        <translation>记录格式有误：%1</translation>
    </message>
    <message>
        <source>The record does not match its id or its envelope.</source>
        <translation>记录与其 ID 或信封字段不符。</translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation>签名验证失败。</translation>
    </message>
    <message>
        <source>The link to the author's previous record is broken.</source>
        <translation>与该作者上一条记录的链接已断开。</translation>
    </message>
    <message>
        <source>The record of this event is not in its author's chain.</source>
        <translation>该作者的记录链中没有此事件的记录。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Ledger</source>
        <translation>解锁台账</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>档案：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁……</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock the Ledger</source>
        <translation>解锁台账</translation>
    </message>
    <message>
        <source>The ledger of this profile is encrypted. Enter its passphrase to open it.</source>
        <translation>此档案的台账已加密。请输入密码打开。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Suyuan</source>
        <translation>溯源</translation>
    </message>
    <message>
        <source>Traceability ledger for farm cooperatives, processors and warehouses.</source>
        <translation>面向合作社、加工厂和仓库的农产品溯源台账。</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: %1).</source>
        <translation>使用 DIR 目录中的档案（默认：%1）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Suyuan cannot start</source>
        <translation>溯源无法启动</translation>
    </message>
    <message>
        <source>The cryptography self-test failed, so this build cannot be trusted to sign or verify records.

%1</source>
        <translation>密码算法自检失败，此版本程序无法可靠地签名或核验记录。

%1</translation>
    </message>
    <message>
        <source>Save a PNG of every page into DIR and quit.</source>
        <translation>将每个页面保存为 PNG 图片到 DIR 目录后退出。</translation>
    </message>
</context>
<context>
    <name>suyuan</name>
    <message>
        <source>The stored private key is damaged.</source>
        <translation>存储的私钥已损坏。</translation>
    </message>
    <message>
        <source>The key derivation settings in profile.json are invalid.</source>
        <translation>profile.json 中的密钥派生参数无效。</translation>
    </message>
    <message>
        <source>The passphrase could not be processed (scrypt failed).</source>
        <translation>无法处理密码（scrypt 计算失败）。</translation>
    </message>
    <message>
        <source>Cryptographic self-test failed: %1. This build cannot be trusted.</source>
        <translation>密码算法自检失败：%1。此版本程序不可信任。</translation>
    </message>
    <message>
        <source>record %1 (author %2, seq %3)</source>
        <translation>记录 %1（签名方 %2，序号 %3）</translation>
    </message>
    <message>
        <source>%1: the stored bytes were altered (they no longer hash to the record id).</source>
        <translation>%1：存储的内容已被改动（哈希值与记录编号不再一致）。</translation>
    </message>
    <message>
        <source>%1: the signature does not verify.</source>
        <translation>%1：签名核验不通过。</translation>
    </message>
    <message>
        <source>%1: the stored index columns do not match the signed bytes.</source>
        <translation>%1：存储的索引字段与签名内容不一致。</translation>
    </message>
    <message>
        <source>%1: expected seq %2 (records are missing).</source>
        <translation>%1：应为序号 %2（有记录缺失）。</translation>
    </message>
    <message>
        <source>%1: does not link to the previous record.</source>
        <translation>%1：未与上一条记录相链接。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid Suyuan bundle: %2</source>
        <translation>%1 不是有效的溯源数据包：%2</translation>
    </message>
    <message>
        <source>wrong file signature</source>
        <translation>文件标识不正确</translation>
    </message>
    <message>
        <source>the header is cut off</source>
        <translation>文件头不完整</translation>
    </message>
    <message>
        <source>the header is damaged</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <source>unsupported bundle version</source>
        <translation>不支持的数据包版本</translation>
    </message>
    <message>
        <source>Entry %1 of the bundle is %2 bytes; the limit is %3.</source>
        <translation>数据包第 %1 项有 %2 字节，上限为 %3 字节。</translation>
    </message>
    <message>
        <source>Import cancelled after %1 of %2 records.</source>
        <translation>导入已取消，已处理 %1 / %2 条记录。</translation>
    </message>
    <message>
        <source>The bundle is cut off or has trailing data after record %1 of %2; the rest was not read.</source>
        <translation>数据包在第 %1 / %2 条记录后被截断或带有多余数据，其余部分未读取。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Database error: %1 (code %2)</source>
        <translation>数据库错误：%1（代码 %2）</translation>
    </message>
    <message>
        <source>There is no profile in %1. Create one first (suyuan-cli init, or start the app).</source>
        <translation>%1 中没有档案。请先创建（运行 suyuan-cli init，或启动程序）。</translation>
    </message>
    <message>
        <source>%1 is not a Suyuan profile file.</source>
        <translation>%1 不是溯源档案文件。</translation>
    </message>
    <message>
        <source>The profile was made by a newer version of Suyuan (profile format %1).</source>
        <translation>该档案由更新版本的溯源程序创建（档案格式 %1）。</translation>
    </message>
    <message>
        <source>profile.json names an invalid database file.</source>
        <translation>profile.json 指定的数据库文件名无效。</translation>
    </message>
    <message>
        <source>profile.json is damaged.</source>
        <translation>profile.json 已损坏。</translation>
    </message>
    <message>
        <source>This profile was created with SQLCipher 4; this build links SQLCipher %1.</source>
        <translation>该档案由 SQLCipher 4 创建，而本程序使用的是 SQLCipher %1。</translation>
    </message>
    <message>
        <source>The ledger database %1 is missing. Restore it from a backup; it is not re-created, so that no history is silently lost.</source>
        <translation>台账数据库 %1 不见了。请从备份恢复；程序不会自动重建，以免历史记录在不知不觉中丢失。</translation>
    </message>
    <message>
        <source>The ledger database %1 is empty (0 bytes). Restore it from a backup.</source>
        <translation>台账数据库 %1 是空文件（0 字节）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The ledger database %1 is truncated (%2 bytes is not a whole number of pages). Restore it from a backup.</source>
        <translation>台账数据库 %1 已被截断（%2 字节不是整页）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The ledger database %1 cannot be read with this profile's key: it is damaged or belongs to another profile.</source>
        <translation>无法用本档案的密钥读取台账数据库 %1：文件已损坏，或属于另一个档案。</translation>
    </message>
    <message>
        <source>The ledger database %1 is truncated. Restore it from a backup.</source>
        <translation>台账数据库 %1 已被截断。请从备份恢复。</translation>
    </message>
    <message>
        <source>The ledger database has schema version %1; this build reads version %2.</source>
        <translation>台账数据库的结构版本为 %1，本程序只能读取版本 %2。</translation>
    </message>
    <message>
        <source>The ledger database failed its integrity check: %1</source>
        <translation>台账数据库完整性检查未通过：%1</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; please try again.</source>
        <translation>密码错误。未做任何更改，请重试。</translation>
    </message>
    <message>
        <source>Malformed record: %1</source>
        <translation>记录格式错误：%1</translation>
    </message>
    <message>
        <source>Record is %1 bytes; the limit is %2.</source>
        <translation>记录有 %1 字节，上限为 %2 字节。</translation>
    </message>
    <message>
        <source>the signature is not 64 bytes</source>
        <translation>签名不是 64 字节</translation>
    </message>
    <message>
        <source>not a canonical JSON object</source>
        <translation>不是规范格式的 JSON 对象</translation>
    </message>
    <message>
        <source>the envelope must have exactly the fields %1</source>
        <translation>记录外层必须恰好包含以下字段：%1</translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation>不支持的格式版本</translation>
    </message>
    <message>
        <source>author is not a 64-digit lower-case hex key</source>
        <translation>author 不是 64 位小写十六进制公钥</translation>
    </message>
    <message>
        <source>seq must be a whole number from 1</source>
        <translation>seq 必须是从 1 开始的整数</translation>
    </message>
    <message>
        <source>prev must be null for seq 1</source>
        <translation>序号为 1 时 prev 必须为 null</translation>
    </message>
    <message>
        <source>prev must be the 64-digit hex id of the previous record</source>
        <translation>prev 必须是上一条记录的 64 位十六进制编号</translation>
    </message>
    <message>
        <source>kind must be a lower-case dotted word such as epcis.event</source>
        <translation>kind 必须是以点分隔的小写单词，例如 epcis.event</translation>
    </message>
    <message>
        <source>time must be UTC as yyyy-MM-ddTHH:mm:ss.zzzZ</source>
        <translation>time 必须是 UTC 时间，格式为 yyyy-MM-ddTHH:mm:ss.zzzZ</translation>
    </message>
    <message>
        <source>body must be a JSON object</source>
        <translation>body 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>Audit cancelled after %1 records.</source>
        <translation>审计已取消，已检查 %1 条记录。</translation>
    </message>
    <message>
        <source>%1 of %2 records failed verification</source>
        <translation>%2 条记录中有 %1 条核验未通过</translation>
    </message>
    <message>
        <source>%1 forked records kept as evidence</source>
        <translation>保留了 %1 条分叉记录作为证据</translation>
    </message>
    <message>
        <source>database integrity check: %1</source>
        <translation>数据库完整性检查：%1</translation>
    </message>
    <message>
        <source>The ledger database has no node identity.</source>
        <translation>台账数据库中没有节点身份。</translation>
    </message>
    <message>
        <source>The stored node key does not match its public key.</source>
        <translation>存储的节点私钥与公钥不匹配。</translation>
    </message>
    <message>
        <source>This node's own chain is known to reach record %1, but this database holds only %2: it was restored from an older copy. Import the missing records (a bundle from a partner) before recording anything new, so that the node does not fork its own history.</source>
        <translation>已知本节点自己的记录链已到第 %1 条，但本数据库只有 %2 条：它是从较旧的副本恢复的。请先导入缺失的记录（合作方提供的数据包），再录入新记录，以免本节点的历史出现分叉。</translation>
    </message>
    <message>
        <source>"%1" is not a valid kind: use a lower-case dotted word such as note or epcis.event.</source>
        <translation>“%1”不是有效的记录类型：请使用以点分隔的小写单词，例如 note 或 epcis.event。</translation>
    </message>
    <message>
        <source>Unknown author %1.</source>
        <translation>未知的签名方 %1。</translation>
    </message>
    <message>
        <source>"%1" is not a valid node ID (8 groups of 4 characters; check the last one).</source>
        <translation>“%1”不是有效的节点编号（应为 8 组、每组 4 个字符；请核对最后一个字符）。</translation>
    </message>
    <message>
        <source>No records or checkpoints of node %1 have been seen yet; import a bundle from it first.</source>
        <translation>尚未收到节点 %1 的任何记录或检查点；请先导入它的数据包。</translation>
    </message>
    <message>
        <source>This node's own status cannot be changed.</source>
        <translation>不能更改本节点自身的状态。</translation>
    </message>
    <message>
        <source>Another node cannot be made this node.</source>
        <translation>不能把其他节点设为本节点。</translation>
    </message>
    <message>
        <source>A checkpoint in the bundle is malformed.</source>
        <translation>数据包中的一个检查点格式错误。</translation>
    </message>
    <message>
        <source>A checkpoint in the bundle has a bad signature.</source>
        <translation>数据包中的一个检查点签名无效。</translation>
    </message>
    <message>
        <source>The signature of record %1 (seq %2) does not match its author's key.</source>
        <translation>记录 %1（序号 %2）的签名与其签名方的公钥不符。</translation>
    </message>
    <message>
        <source>Already held.</source>
        <translation>已存在。</translation>
    </message>
    <message>
        <source>The database refused to start a savepoint.</source>
        <translation>数据库无法建立保存点。</translation>
    </message>
    <message>
        <source>Author %1 signed two different records with seq %2 (fork). Both are kept as evidence.</source>
        <translation>签名方 %1 对序号 %2 签署了两条不同的记录（分叉）。两条记录都已保留作为证据。</translation>
    </message>
    <message>
        <source>Record seq %1 of %2 is held: records %3 to %4 are missing.</source>
        <translation>%2 的第 %1 条记录已暂存：缺少第 %3 至 %4 条记录。</translation>
    </message>
    <message>
        <source>Record seq %1 of %2 does not link to the record before it (chain broken).</source>
        <translation>%2 的第 %1 条记录未与前一条记录相链接（记录链断裂）。</translation>
    </message>
    <message>
        <source>Record seq %1 of %2 is held: its time is earlier than the author's previous record.</source>
        <translation>%2 的第 %1 条记录已暂存：其时间早于该签名方的上一条记录。</translation>
    </message>
    <message>
        <source>Record seq %1 of %2 is held: its time %3 is in the future.</source>
        <translation>%2 的第 %1 条记录已暂存：其时间 %3 晚于当前时间。</translation>
    </message>
    <message>
        <source>Author %1 is revoked; its records are refused.</source>
        <translation>签名方 %1 已被吊销，其记录一律拒收。</translation>
    </message>
    <message>
        <source>Author %1 is not trusted by this node; its records are refused.</source>
        <translation>本节点不信任签名方 %1，其记录已拒收。</translation>
    </message>
    <message>
        <source>Record seq %1 of %2 is pending: the author is not trusted yet.</source>
        <translation>%2 的第 %1 条记录待确认：尚未信任该签名方。</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>The organisation name must not be empty.</source>
        <translation>单位名称不能为空。</translation>
    </message>
    <message>
        <source>A profile already exists in %1.</source>
        <translation>%1 中已有档案。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>%1 holds a ledger database but no profile.json. Move it away before creating a profile here.</source>
        <translation>%1 中有台账数据库但没有 profile.json。请先将其移走，再在此创建档案。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>新密码不能为空。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>All records verified (records: %1, authors: %2): signatures, ids and chains are intact.</source>
        <translation>全部记录核验通过（记录 %1 条，签名方 %2 个）：签名、编号和记录链完好无损。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>"%1" is not correctly percent-encoded.</source>
        <translation>“%1”的百分号编码不正确。</translation>
    </message>
    <message>
        <source>"%1" does not start with %2.</source>
        <translation>“%1”不是以 %2 开头的。</translation>
    </message>
    <message>
        <source>"%1" must have three parts separated by dots: company prefix, indicator digit with item reference, and lot.</source>
        <translation>“%1”必须由点分隔的三部分组成：厂商识别代码、指示符加商品项目代码、批号。</translation>
    </message>
    <message>
        <source>"%1" must have three parts separated by dots: company prefix, indicator digit with item reference, and serial.</source>
        <translation>“%1”必须由点分隔的三部分组成：厂商识别代码、指示符加商品项目代码、序列号。</translation>
    </message>
    <message>
        <source>The company prefix and item reference in "%1" must be digits.</source>
        <translation>“%1”中的厂商识别代码和商品项目代码必须是数字。</translation>
    </message>
    <message>
        <source>In "%1" the company prefix must have 6 to 12 digits and, with the indicator digit and item reference, 13 digits in all.</source>
        <translation>“%1”中的厂商识别代码必须为 6 至 12 位，且与指示符和商品项目代码合计 13 位。</translation>
    </message>
    <message>
        <source>A GS1 company prefix has 6 to 12 digits, not %1.</source>
        <translation>GS1 厂商识别代码为 6 至 12 位，而不是 %1 位。</translation>
    </message>
    <message>
        <source>The batch/lot number is empty.</source>
        <translation>批号为空。</translation>
    </message>
    <message>
        <source>The serial number is empty.</source>
        <translation>序列号为空。</translation>
    </message>
    <message>
        <source>The batch/lot number "%1" has %2 characters; at most %3 are allowed.</source>
        <translation>批号“%1”有 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>The serial number "%1" has %2 characters; at most %3 are allowed.</source>
        <translation>序列号“%1”有 %2 个字符，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>The batch/lot number "%1" contains "%2", which GS1 does not allow: only A-Z, a-z, 0-9 and ! " % &amp; ' ( ) * + , - . / : ; &lt; = &gt; ? _ may be used (no spaces, no Chinese characters).</source>
        <translation>批号“%1”中含有 GS1 不允许的字符“%2”：只能使用 A-Z、a-z、0-9 以及 ! " % &amp; ' ( ) * + , - . / : ; &lt; = &gt; ? _（不能有空格和汉字）。</translation>
    </message>
    <message>
        <source>The serial number "%1" contains "%2", which GS1 does not allow: only A-Z, a-z, 0-9 and ! " % &amp; ' ( ) * + , - . / : ; &lt; = &gt; ? _ may be used (no spaces, no Chinese characters).</source>
        <translation>序列号“%1”中含有 GS1 不允许的字符“%2”：只能使用 A-Z、a-z、0-9 以及 ! " % &amp; ' ( ) * + , - . / : ; &lt; = &gt; ? _（不能有空格和汉字）。</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>gram</source>
        <translation>克</translation>
    </message>
    <message>
        <source>tonne</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>升</translation>
    </message>
    <message>
        <source>millilitre</source>
        <translation>毫升</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>个</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>件</translation>
    </message>
    <message>
        <source>box</source>
        <translation>盒</translation>
    </message>
    <message>
        <source>carton</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <source>sack</source>
        <translation>麻袋</translation>
    </message>
    <message>
        <source>crate</source>
        <translation>筐</translation>
    </message>
    <message>
        <source>pallet</source>
        <translation>托盘</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>米</translation>
    </message>
    <message>
        <source>square metre</source>
        <translation>平方米</translation>
    </message>
    <message>
        <source>cubic metre</source>
        <translation>立方米</translation>
    </message>
    <message>
        <source>degree Celsius</source>
        <translation>摄氏度</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>No GTIN was entered.</source>
        <translation>未输入商品条码（GTIN）。</translation>
    </message>
    <message>
        <source>The GTIN "%1" contains "%2", which is not a digit. A GTIN consists of digits only.</source>
        <translation>商品条码“%1”中的“%2”不是数字。商品条码只能由数字组成。</translation>
    </message>
    <message>
        <source>The GTIN %1 has %2 digits; a GTIN has 8, 12, 13 or 14 digits.</source>
        <translation>商品条码 %1 有 %2 位；商品条码应为 8、12、13 或 14 位。</translation>
    </message>
    <message>
        <source>The GTIN %1 ends in check digit %2, but the correct check digit is %3. Please look for a typing mistake.</source>
        <translation>商品条码 %1 的校验位是 %2，但正确的校验位应为 %3。请检查是否输错。</translation>
    </message>
    <message>
        <source>The Digital Link base "%1" is not an http:// or https:// address.</source>
        <translation>数字链接的基础地址“%1”不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>A Digital Link needs the 14-digit form of the GTIN: %1, not %2.</source>
        <translation>数字链接需要 14 位的商品条码：应为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The expiry date %1 cannot be written on a GS1 label (years 2000-2099 only).</source>
        <translation>有效期 %1 无法写入 GS1 标签（仅支持 2000 至 2099 年）。</translation>
    </message>
    <message>
        <source>"%1" is not a GS1 date: it must be six digits, YYMMDD.</source>
        <translation>“%1”不是 GS1 日期：必须是六位数字 YYMMDD。</translation>
    </message>
    <message>
        <source>"%1" is not a valid date: there is no month %2.</source>
        <translation>“%1”不是有效日期：没有 %2 月。</translation>
    </message>
    <message>
        <source>"%1" is not a valid date: month %2 has no day %3.</source>
        <translation>“%1”不是有效日期：%2 月没有 %3 日。</translation>
    </message>
    <message>
        <source>No Digital Link was given.</source>
        <translation>未提供数字链接。</translation>
    </message>
    <message>
        <source>"%1" is not a GS1 Digital Link: it does not start with http:// or https://.</source>
        <translation>“%1”不是 GS1 数字链接：它不是以 http:// 或 https:// 开头的。</translation>
    </message>
    <message>
        <source>The Digital Link path contains an empty element ("//").</source>
        <translation>数字链接的路径中有空的部分（“//”）。</translation>
    </message>
    <message>
        <source>The Digital Link has no value after /%1/.</source>
        <translation>数字链接在 /%1/ 之后没有值。</translation>
    </message>
    <message>
        <source>"%1" is not a GS1 Digital Link: it has no /01/ followed by a GTIN.</source>
        <translation>“%1”不是 GS1 数字链接：其中没有 /01/ 及其后的商品条码。</translation>
    </message>
    <message>
        <source>The Digital Link path repeats /%1/ or has it out of order: it must be /01/{GTIN}/10/{lot}/21/{serial}.</source>
        <translation>数字链接的路径中 /%1/ 重复或顺序不对：应为 /01/{商品条码}/10/{批号}/21/{序列号}。</translation>
    </message>
    <message>
        <source>The Digital Link path element /%1/ is not supported; only /01/, /10/ and /21/ are.</source>
        <translation>不支持数字链接路径中的 /%1/；只支持 /01/、/10/ 和 /21/。</translation>
    </message>
    <message>
        <source>The Digital Link gives the expiry date (17) twice.</source>
        <translation>数字链接中有两个有效期（17）。</translation>
    </message>
    <message>
        <source>"%1" is not a Suyuan batch identifier (urn:suyuan:lot:{product code}:{lot}).</source>
        <translation>“%1”不是溯源批次标识（urn:suyuan:lot:{产品代码}:{批号}）。</translation>
    </message>
    <message>
        <source>A product without a GTIN needs a product code.</source>
        <translation>没有商品条码的产品需要一个产品代码。</translation>
    </message>
    <message>
        <source>A product needs a name (Chinese or English).</source>
        <translation>产品需要名称（中文或英文）。</translation>
    </message>
    <message>
        <source>A product without a GTIN needs a local product code.</source>
        <translation>没有商品条码的产品需要一个本地产品代码。</translation>
    </message>
    <message>
        <source>"%1" is not a known unit (UN/ECE Rec 20 codes such as KGM, TNE, LTR, H87).</source>
        <translation>“%1”不是已知的计量单位（请使用联合国欧洲经委会第 20 号建议书代码，如 KGM、TNE、LTR、H87）。</translation>
    </message>
    <message>
        <source>A party needs a key (a short code such as fengjie-coop).</source>
        <translation>主体需要一个代码（简短的代码，如 fengjie-coop）。</translation>
    </message>
    <message>
        <source>A party needs a name (Chinese or English).</source>
        <translation>主体需要名称（中文或英文）。</translation>
    </message>
    <message>
        <source>"%1" is not a valid GLN (13 digits with a check digit).</source>
        <translation>“%1”不是有效的参与方位置编码 GLN（13 位，含校验位）。</translation>
    </message>
    <message>
        <source>A location needs a key (a short code such as plot-07).</source>
        <translation>地点需要一个代码（简短的代码，如 plot-07）。</translation>
    </message>
    <message>
        <source>A location needs a name (Chinese or English).</source>
        <translation>地点需要名称（中文或英文）。</translation>
    </message>
    <message>
        <source>There is no product "%1". Add it first.</source>
        <translation>没有产品“%1”。请先添加。</translation>
    </message>
    <message>
        <source>The harvested quantity must be more than zero.</source>
        <translation>采收数量必须大于零。</translation>
    </message>
    <message>
        <source>Batch %1 exists already.</source>
        <translation>批次 %1 已存在。</translation>
    </message>
    <message>
        <source>Processing needs at least one input batch and one output batch.</source>
        <translation>加工至少需要一个投入批次和一个产出批次。</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>没有批次 %1。</translation>
    </message>
    <message>
        <source>Batch %1 is %2 and cannot be processed.</source>
        <translation>批次 %1 的状态为 %2，不能加工。</translation>
    </message>
    <message>
        <source>Batch %1 is counted in %2, not %3.</source>
        <translation>批次 %1 的计量单位是 %2，不是 %3。</translation>
    </message>
    <message>
        <source>Batch %1 has %2 %3 available; %4 %3 cannot be taken from it.</source>
        <translation>批次 %1 可用数量为 %2 %3，不能从中取用 %4 %3。</translation>
    </message>
    <message>
        <source>Every output batch needs a quantity above zero.</source>
        <translation>每个产出批次的数量都必须大于零。</translation>
    </message>
    <message>
        <source>The outputs (%1 %3) exceed the inputs (%2 %3) by more than the allowed %4%.</source>
        <translation>产出（%1 %3）超过投入（%2 %3）的幅度大于允许的 %4%。</translation>
    </message>
    <message>
        <source>Batch %1 is %2 and cannot be shipped.</source>
        <translation>批次 %1 的状态为 %2，不能发货。</translation>
    </message>
    <message>
        <source>A shipment needs a destination party.</source>
        <translation>发货需要指定收货主体。</translation>
    </message>
    <message>
        <source>Receiving needs the location where the goods arrived.</source>
        <translation>收货需要指定货物到达的地点。</translation>
    </message>
    <message>
        <source>There is no batch %1 in this ledger.</source>
        <translation>本台账中没有批次 %1。</translation>
    </message>
    <message>
        <source>There is no batch with lot %1.</source>
        <translation>没有批号为 %1 的批次。</translation>
    </message>
    <message>
        <source>Several products have a batch with lot %1; give its full identifier.</source>
        <translation>有多个产品的批次批号都是 %1；请提供完整的标识。</translation>
    </message>
    <message>
        <source>Filling the demo ledger was cancelled; what was written so far stays in the ledger.</source>
        <translation>填充演示台账已取消；已写入的内容保留在台账中。</translation>
    </message>
    <message>
        <source>The demo size must be zero or more events, in chunks of at least one.</source>
        <translation>演示事件数必须大于等于零，且每批至少一条。</translation>
    </message>
    <message>
        <source>The demo data can only go into a new, empty profile.</source>
        <translation>演示数据只能放入新的空档案。</translation>
    </message>
    <message>
        <source>Record %1 is missing.</source>
        <translation>缺少记录 %1。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 不是有效的 JSON：%2（第 %3 字节）</translation>
    </message>
    <message>
        <source>%1: an EPCIS document must be a JSON object</source>
        <translation>%1：EPCIS 文档必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: the event takes %2 bytes as a record; the limit is %3</source>
        <translation>%1：该事件作为记录有 %2 字节，上限为 %3 字节</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1：必须提供</translation>
    </message>
    <message>
        <source>%1: unexpected member</source>
        <translation>%1：不应有此成员</translation>
    </message>
    <message>
        <source>%1: is not an EPCIS member; an extension member must be named by a URI or a prefixed name such as example:myField</source>
        <translation>%1：不是 EPCIS 成员；扩展成员必须以 URI 或带前缀的名称命名，例如 example:myField</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是对象</translation>
    </message>
    <message>
        <source>%1: must be an array</source>
        <translation>%1：必须是数组</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1：必须是字符串</translation>
    </message>
    <message>
        <source>%1: must be a number</source>
        <translation>%1：必须是数字</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1：必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1：不能为空</translation>
    </message>
    <message>
        <source>%1: must be a URI (a scheme such as urn: or https:, then URI characters)</source>
        <translation>%1：必须是 URI（以 urn: 或 https: 等协议开头，后接 URI 字符）</translation>
    </message>
    <message>
        <source>%1: must be a date and time with Z or a UTC offset (RFC 3339, such as 2026-02-10T08:30:00.000+08:00)</source>
        <translation>%1：必须是带 Z 或 UTC 偏移的日期时间（RFC 3339，例如 2026-02-10T08:30:00.000+08:00）</translation>
    </message>
    <message>
        <source>%1: must be a UTC offset from -14:00 to +14:00, such as +08:00</source>
        <translation>%1：必须是 -14:00 至 +14:00 之间的 UTC 偏移，例如 +08:00</translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation>%1：必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1: write the CBV value as the bare word (%2), not as a URN or GS1 URI</source>
        <translation>%1：CBV 取值请直接写单词（%2），不要写成 URN 或 GS1 URI</translation>
    </message>
    <message>
        <source>%1: "%2" is not a CBV 2.0 value; use one of %3, or a URI for a value of your own</source>
        <translation>%1：“%2”不是 CBV 2.0 的取值；请使用 %3 之一，或用 URI 表示自定义取值</translation>
    </message>
    <message>
        <source>%1: "%2" is not a GS1 value; use one of %3, or a URI for a value of your own</source>
        <translation>%1：“%2”不是 GS1 的取值；请使用 %3 之一，或用 URI 表示自定义取值</translation>
    </message>
    <message>
        <source>%1: repeats an earlier element</source>
        <translation>%1：与前面的元素重复</translation>
    </message>
    <message>
        <source>%1: must be a unit code of 2 or 3 capital letters or digits (UN/ECE Rec 20, such as KGM)</source>
        <translation>%1：必须是由 2 或 3 个大写字母或数字组成的单位代码（联合国欧洲经委会第 20 号建议书，例如 KGM）</translation>
    </message>
    <message>
        <source>%1: needs set or unset (or both)</source>
        <translation>%1：需要 set 或 unset（或两者都有）</translation>
    </message>
    <message>
        <source>%1: must be hexadecimal digits</source>
        <translation>%1：必须是十六进制数字</translation>
    </message>
    <message>
        <source>%1: must be a URI, an object, or an array of them</source>
        <translation>%1：必须是 URI、对象，或由它们组成的数组</translation>
    </message>
    <message>
        <source>%1: must be a URI or an object</source>
        <translation>%1：必须是 URI 或对象</translation>
    </message>
    <message>
        <source>%1: an ObjectEvent needs an epcList, a non-empty quantityList, or a sensorElementList with a readPoint</source>
        <translation>%1：ObjectEvent 需要 epcList、非空的 quantityList，或带 readPoint 的 sensorElementList</translation>
    </message>
    <message>
        <source>%1: is only allowed when action is ADD</source>
        <translation>%1：只有 action 为 ADD 时才允许</translation>
    </message>
    <message>
        <source>%1: needs a non-empty childEPCs or childQuantityList unless action is DELETE</source>
        <translation>%1：除非 action 为 DELETE，否则需要非空的 childEPCs 或 childQuantityList</translation>
    </message>
    <message>
        <source>%1: needs an epcList or a non-empty quantityList unless action is DELETE</source>
        <translation>%1：除非 action 为 DELETE，否则需要 epcList 或非空的 quantityList</translation>
    </message>
    <message>
        <source>%1: a TransformationEvent needs inputs and outputs, or a transformationID with inputs or outputs</source>
        <translation>%1：TransformationEvent 需要投入和产出，或者 transformationID 加上投入或产出</translation>
    </message>
    <message>
        <source>%1: is too large to be stored exactly (integers up to 2^53 - 1); write it as a string</source>
        <translation>%1：数值太大，无法精确保存（整数最大 2^53 - 1）；请写成字符串</translation>
    </message>
    <message>
        <source>%1: unknown event type "%2"; expected ObjectEvent, AggregationEvent, TransformationEvent, AssociationEvent or TransactionEvent</source>
        <translation>%1：未知的事件类型“%2”；应为 ObjectEvent、AggregationEvent、TransformationEvent、AssociationEvent 或 TransactionEvent</translation>
    </message>
    <message>
        <source>%1: must be a number, a string or an object</source>
        <translation>%1：必须是数字、字符串或对象</translation>
    </message>
    <message>
        <source>%1: must be "EPCISDocument"</source>
        <translation>%1：必须是“EPCISDocument”</translation>
    </message>
    <message>
        <source>%1: must be a version number such as 2.0</source>
        <translation>%1：必须是版本号，例如 2.0</translation>
    </message>
    <message>
        <source>Recall impact report</source>
        <translation>召回影响范围报告</translation>
    </message>
    <message>
        <source>Batch: %1 (lot %2)</source>
        <translation>批次：%1（批号 %2）</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>Generated %1 by node %2</source>
        <translation>由节点 %2 于 %1 生成</translation>
    </message>
    <message>
        <source>%1 batches are affected.</source>
        <translation>受影响的批次共 %1 个。</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用数量</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>"%1" is not an attachment's SHA-256 (64 hexadecimal digits).</source>
        <translation>“%1”不是附件的 SHA-256 值（应为 64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>An attachment name may have at most %1 characters.</source>
        <translation>附件名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>An attachment name may not contain control characters (line breaks, tabs …).</source>
        <translation>附件名称不能包含控制字符（换行符、制表符等）。</translation>
    </message>
    <message>
        <source>Attachment "%1" is %2 bytes; the limit is %3 bytes (32 MiB).</source>
        <translation>附件“%1”大小为 %2 字节，超过上限 %3 字节（32 MiB）。</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>没有附件 %1。</translation>
    </message>
    <message>
        <source>Attachment %1: part %2 of %3 cannot be read.</source>
        <translation>附件 %1：第 %2 部分（共 %3 部分）无法读取。</translation>
    </message>
    <message>
        <source>Attachment incomplete: %1 of %2 parts (%3).</source>
        <translation>附件不完整：共 %2 个部分，目前只有 %1 个（%3）。</translation>
    </message>
    <message>
        <source>Attachment %1 does not match its SHA-256.</source>
        <translation>附件 %1 的内容与其 SHA-256 值不符。</translation>
    </message>
    <message>
        <source>Attachment "%1" is empty.</source>
        <translation>附件“%1”是空的。</translation>
    </message>
    <message>
        <source>"%1" is not a media type such as application/pdf or image/jpeg.</source>
        <translation>“%1”不是有效的媒体类型（例如 application/pdf 或 image/jpeg）。</translation>
    </message>
    <message>
        <source>Attachment %1 was stored but is not indexed.</source>
        <translation>附件 %1 已保存，但未能建立索引。</translation>
    </message>
    <message>
        <source>The file is not valid %1.</source>
        <translation>文件不是有效的 %1 编码。</translation>
    </message>
    <message>
        <source>The file is not valid %1: line %2, byte %3.</source>
        <translation>文件不是有效的 %1 编码：第 %2 行，第 %3 个字节。</translation>
    </message>
    <message>
        <source>This system cannot convert GB18030 text.</source>
        <translation>本系统无法转换 GB18030 编码的文本。</translation>
    </message>
    <message>
        <source>The file is in UTF-16, which cannot be imported: save it as CSV in UTF-8 (or GB18030).</source>
        <translation>文件采用 UTF-16 编码，无法导入：请另存为 UTF-8（或 GB18030）编码的 CSV 文件。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (line %1, byte %2) nor GB18030 (%3). Save it as CSV in UTF-8 and try again.</source>
        <translation>文件既不是 UTF-8 编码（第 %1 行，第 %2 个字节），也不是 GB18030 编码（%3）。请另存为 UTF-8 编码的 CSV 文件后重试。</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed (a " is missing).</source>
        <translation>从第 %1 行开始的带引号字段没有结束（缺少一个 "）。</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted field; a quote inside a quoted field must be doubled ("").</source>
        <translation>带引号字段的结束引号后面还有文字；带引号字段中的引号必须连写两个（""）。</translation>
    </message>
    <message>
        <source>Unknown column. The columns are: %1.</source>
        <translation>未知的列。可用的列为：%1。</translation>
    </message>
    <message>
        <source>This column appears twice (also column %1).</source>
        <translation>该列重复出现（第 %1 列也是该列）。</translation>
    </message>
    <message>
        <source>This required column is missing.</source>
        <translation>缺少这一必填列。</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header row, but this row has a value in it.</source>
        <translation>第 %1 列在表头行中没有列名，但本行在该列中有值。</translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>本行有 %1 个字段，而表头只有 %2 个。</translation>
    </message>
    <message>
        <source>Batch %1 of %2 appears twice in the file (also row %3).</source>
        <translation>产品 %2 的批次 %1 在文件中出现了两次（另见第 %3 行）。</translation>
    </message>
    <message>
        <source>Batch %1 of %2 exists already in the ledger.</source>
        <translation>产品 %2 的批次 %1 已在台账中。</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>There is no product "%1" (give its key, GTIN or local product code; add the product first).</source>
        <translation>没有产品“%1”（请填写产品的键、商品条码 GTIN 或本地产品代码；产品须先添加）。</translation>
    </message>
    <message>
        <source>"%1" is not a number (write it like 18500 or 18500.5; the unit goes in its own column).</source>
        <translation>“%1”不是数字（请写成 18500 或 18500.5 这样的形式；单位填在单独的单位列中）。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero, not %1.</source>
        <translation>数量必须大于零，不能是 %1。</translation>
    </message>
    <message>
        <source>There is no location "%1" (give its key; add the location first).</source>
        <translation>没有地点“%1”（请填写地点的键；地点须先添加）。</translation>
    </message>
    <message>
        <source>"%1" is not a time; write it like 2026-02-10 08:30 or 2026-02-10T08:30:00+08:00.</source>
        <translation>“%1”不是有效的时间；请写成 2026-02-10 08:30 或 2026-02-10T08:30:00+08:00 这样的形式。</translation>
    </message>
    <message>
        <source>The harvest date %1 is in the future.</source>
        <translation>采收日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The time %1 is in the future.</source>
        <translation>时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it like 2026-02-10.</source>
        <translation>“%1”不是有效的日期；请写成 2026-02-10 这样的形式。</translation>
    </message>
    <message>
        <source>The harvest date %1 is after the time of the record (%2).</source>
        <translation>采收日期 %1 晚于该记录的时间（%2）。</translation>
    </message>
    <message>
        <source>"%1" is not a two-letter country code (ISO 3166-1, such as CN).</source>
        <translation>“%1”不是两个字母的国家代码（ISO 3166-1，如 CN）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>文件只有表头，没有可导入的行。</translation>
    </message>
    <message>
        <source>EPCIS export cancelled after %1 of %2 events; no file was written.</source>
        <translation>EPCIS 导出已取消，已写出 %1 / %2 个事件；未生成文件。</translation>
    </message>
    <message>
        <source>The EPCIS export is not valid JSON: %1 at byte %2</source>
        <translation>EPCIS 导出的内容不是有效的 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this ledger. Add the file first.</source>
        <translation>本台账中没有附件 %1，请先添加该文件。</translation>
    </message>
    <message>
        <source>Attachment %1 is incomplete: %2 of %3 parts are here.</source>
        <translation>附件 %1 不完整：只收到 %3 个分块中的 %2 个。</translation>
    </message>
    <message>
        <source>Name the batches or the place (plot, warehouse) this record is about.</source>
        <translation>请填写本记录涉及的批次或地点（地块、仓库）。</translation>
    </message>
    <message>
        <source>"%1" is not a kind of field work (one of: %2).</source>
        <translation>“%1”不是一种农事作业（可选：%2）。</translation>
    </message>
    <message>
        <source>The dose must be a number above zero.</source>
        <translation>用量必须是大于零的数字。</translation>
    </message>
    <message>
        <source>Fertilising and plant protection need the product used and its dose.</source>
        <translation>施肥和植保作业须填写所用投入品及其用量。</translation>
    </message>
    <message>
        <source>A lab test needs at least one measured result.</source>
        <translation>检测记录至少需要一项检测结果。</translation>
    </message>
    <message>
        <source>"%1" is not an EPCIS measurement type (such as Temperature, MassConcentration, Dimensionless).</source>
        <translation>“%1”不是 EPCIS 测量类型（例如 Temperature 温度、MassConcentration 质量浓度、Dimensionless 无量纲）。</translation>
    </message>
    <message>
        <source>The result of "%1" is not a number.</source>
        <translation>“%1”的结果不是数字。</translation>
    </message>
    <message>
        <source>Name the case or pallet (an SSCC or a code).</source>
        <translation>请填写箱或托盘（SSCC 或编码）。</translation>
    </message>
    <message>
        <source>%1 is not a valid SSCC: its check digit is wrong.</source>
        <translation>%1 不是有效的 SSCC：校验码错误。</translation>
    </message>
    <message>
        <source>A case code may use only letters, digits, - _ and . (not "%1").</source>
        <translation>箱码只能使用字母、数字以及 - _ .（不能使用“%1”）。</translation>
    </message>
    <message>
        <source>Packing needs at least one batch to pack.</source>
        <translation>装箱至少需要一个批次。</translation>
    </message>
    <message>
        <source>Nothing was packed into %1.</source>
        <translation>%1 中没有装入任何货物。</translation>
    </message>
    <message>
        <source>Batch %1 is recalled and must not be sold.</source>
        <translation>批次 %1 已召回，不得销售。</translation>
    </message>
    <message>
        <source>Say why the goods are destroyed.</source>
        <translation>请说明销毁原因。</translation>
    </message>
    <message>
        <source>"%1" is not a reason for a correction (incorrect_data or did_not_occur).</source>
        <translation>“%1”不是更正原因（可选 incorrect_data 数据有误、did_not_occur 未曾发生）。</translation>
    </message>
    <message>
        <source>Event %1 has been declared wrong already.</source>
        <translation>事件 %1 已被声明为错误。</translation>
    </message>
    <message>
        <source>There is no event %1 in this ledger.</source>
        <translation>本台账中没有事件 %1。</translation>
    </message>
    <message>
        <source>The private part of event %1 is not in this ledger (it stays with the node that recorded it).</source>
        <translation>事件 %1 的私有部分不在本台账中（只保存在记录该事件的节点上）。</translation>
    </message>
    <message>
        <source>The private part of event %1 does not match its hash.</source>
        <translation>事件 %1 的私有部分与其哈希值不符。</translation>
    </message>
    <message>
        <source>Batch %1 is harvested twice.</source>
        <translation>批次 %1 在采收记录中重复出现。</translation>
    </message>
    <message>
        <source>"%1" is not a kind of master data.</source>
        <translation>“%1”不是一种基础数据。</translation>
    </message>
    <message>
        <source>Import cancelled after checking %1 of %2 events; nothing was stored.</source>
        <translation>已在检查 %2 个事件中的 %1 个后取消导入；未保存任何内容。</translation>
    </message>
    <message>
        <source>"%1" is not a way of transport (one of: %2).</source>
        <translation>“%1”不是可用的运输方式（可选：%2）。</translation>
    </message>
    <message>
        <source>Batch %1 has no GS1 or local identifier to print.</source>
        <translation>批次 %1 没有可打印的 GS1 或本地标识。</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>无法读取图片 %1：%2</translation>
    </message>
    <message>
        <source>The label address has no value after /%1/.</source>
        <translation>标签地址在 /%1/ 之后没有值。</translation>
    </message>
    <message>
        <source>A label names a product by its GTIN or, when it has none, by its product code; not by both.</source>
        <translation>标签用商品条码（GTIN）标识产品，没有 GTIN 时才用产品代码；两者不能同时使用。</translation>
    </message>
    <message>
        <source>A label needs the product's GTIN or, when it has none, its product code.</source>
        <translation>标签需要产品的商品条码（GTIN），没有 GTIN 时需要产品代码。</translation>
    </message>
    <message>
        <source>"%1" contains %2 (character %3), which cannot go on a label: no line breaks or control characters.</source>
        <translation>“%1”含有 %2（第 %3 个字符），不能印在标签上：不能有换行符或控制字符。</translation>
    </message>
    <message>
        <source>The label base address "%1" must be an http:// or https:// address such as https://trace.example.cn.</source>
        <translation>标签基础地址“%1”必须是 http:// 或 https:// 地址，例如 https://trace.example.cn。</translation>
    </message>
    <message>
        <source>The label base address "%1" must not contain "?" or "#": labels add their own query.</source>
        <translation>标签基础地址“%1”中不能有“?”或“#”：标签会自行添加查询参数。</translation>
    </message>
    <message>
        <source>The label base address "%1" contains %2 (character %3); spaces and control characters are not allowed.</source>
        <translation>标签基础地址“%1”含有 %2（第 %3 个字符）；不允许有空格和控制字符。</translation>
    </message>
    <message>
        <source>The label base address "%1" must not contain a user name or password.</source>
        <translation>标签基础地址“%1”中不能有用户名或密码。</translation>
    </message>
    <message>
        <source>The label signature or key has the wrong size.</source>
        <translation>标签签名或密钥的长度不对。</translation>
    </message>
    <message>
        <source>Nothing was scanned: the text is empty.</source>
        <translation>没有扫描到内容：文本为空。</translation>
    </message>
    <message>
        <source>"%1" is not a label code: of the URNs only urn:epc:class:lgtin:, urn:epc:id:sgtin: and urn:suyuan:lot: can be read.</source>
        <translation>“%1”不是标签码：URN 只能读取 urn:epc:class:lgtin:、urn:epc:id:sgtin: 和 urn:suyuan:lot: 三种。</translation>
    </message>
    <message>
        <source>"%1" is not a label code: only http:// and https:// addresses can be read, not %2.</source>
        <translation>“%1”不是标签码：只能读取 http:// 和 https:// 地址，不能读取 %2。</translation>
    </message>
    <message>
        <source>"%1" is not a lot code: it contains %2 (character %3). A lot code has no spaces, line breaks or control characters; scan one code at a time.</source>
        <translation>“%1”不是批号：其中含有 %2（第 %3 个字符）。批号中不能有空格、换行符或控制字符；请一次只扫描一个码。</translation>
    </message>
    <message>
        <source>"%1…" is not a lot code: it has %2 characters; a lot code has at most %3.</source>
        <translation>“%1…”不是批号：它有 %2 个字符，批号最多 %3 个字符。</translation>
    </message>
    <message>
        <source>The code carries no signature.</source>
        <translation>该码不带签名。</translation>
    </message>
    <message>
        <source>The label gives its issuer (k) or its signature (s) more than once.</source>
        <translation>标签中的签发方（k）或签名（s）出现了不止一次。</translation>
    </message>
    <message>
        <source>The label has a signature (s) but no issuer (k).</source>
        <translation>标签有签名（s），但没有签发方（k）。</translation>
    </message>
    <message>
        <source>The label names an issuer (k) but has no signature (s).</source>
        <translation>标签写明了签发方（k），但没有签名（s）。</translation>
    </message>
    <message>
        <source>The issuer (k) "%1" is damaged: it must be %2 base32 characters (or %3 base64url characters).</source>
        <translation>签发方（k）“%1”已损坏：应为 %2 个 base32 字符（或 %3 个 base64url 字符）。</translation>
    </message>
    <message>
        <source>The signature (s) is damaged: it has %1 characters where a label signature has %2 base32 (or %3 base64url) characters, all from that alphabet.</source>
        <translation>签名（s）已损坏：它有 %1 个字符，而标签签名应为 %2 个 base32 字符（或 %3 个 base64url 字符），且全部取自该字母表。</translation>
    </message>
    <message>
        <source>The label is signed by a node this ledger does not know (issuer %1). Receive that node's records (sync or bundle) to check its labels.</source>
        <translation>标签的签发节点不在本台账中（签发方 %1）。请先接收该节点的记录（同步或数据包），再核验其标签。</translation>
    </message>
    <message>
        <source>The signature does not match what the label says: the label was altered (GTIN, product, lot, serial or expiry) or forged.</source>
        <translation>签名与标签内容不符：标签被改动过（商品条码、产品、批号、序列号或有效期）或是伪造的。</translation>
    </message>
    <message>
        <source>Labels need fonts, and so a graphical application object (QGuiApplication; the offscreen platform will do).</source>
        <translation>标签需要字体，因此需要图形应用程序对象（QGuiApplication；可使用 offscreen 平台）。</translation>
    </message>
    <message>
        <source>Lot: %1</source>
        <translation>批号：%1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>序列号：%1</translation>
    </message>
    <message>
        <source>Produced: %1</source>
        <translation>生产日期：%1</translation>
    </message>
    <message>
        <source>Best before: %1</source>
        <translation>保质期至：%1</translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation>净含量：%1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>产地：%1</translation>
    </message>
    <message>
        <source>Producer: %1</source>
        <translation>生产者：%1</translation>
    </message>
    <message>
        <source>Entity code: %1</source>
        <translation>主体码：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系方式：%1</translation>
    </message>
    <message>
        <source>Edible farm produce: %1</source>
        <translation>食用农产品名称：%1</translation>
    </message>
    <message>
        <source>Quantity (weight): %1</source>
        <translation>数量（重量）：%1</translation>
    </message>
    <message>
        <source>Issue date: %1</source>
        <translation>开具日期：%1</translation>
    </message>
    <message>
        <source>Compliance pledge certificate</source>
        <translation>承诺达标合格证</translation>
    </message>
    <message>
        <source>For the edible farm produce I produce and sell, I pledge to:</source>
        <translation>我承诺对生产销售的食用农产品：</translation>
    </message>
    <message>
        <source>and I am responsible for the quality and safety of the produce and for the truth of this certificate.</source>
        <translation>并对产品质量安全以及合格证真实性负责。</translation>
    </message>
    <message>
        <source>use no banned or restricted pesticides or veterinary drugs</source>
        <translation>不使用禁限用农药兽药</translation>
    </message>
    <message>
        <source>use no illegal additives</source>
        <translation>不使用非法添加物</translation>
    </message>
    <message>
        <source>observe the pre-harvest intervals for pesticides and the withdrawal periods for veterinary drugs</source>
        <translation>遵守农药安全间隔期、兽药休药期规定</translation>
    </message>
    <message>
        <source>sell only edible farm produce that meets the mandatory national food safety standards for pesticide and veterinary drug residues</source>
        <translation>销售的食用农产品符合农药兽药残留食品安全国家强制性标准</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>没有要打印的标签。</translation>
    </message>
    <message>
        <source>The device does not take pages of %1 × %2 mm.</source>
        <translation>该设备不支持 %1 × %2 毫米的页面。</translation>
    </message>
    <message>
        <source>Cannot start printing the labels.</source>
        <translation>无法开始打印标签。</translation>
    </message>
    <message>
        <source>Label %1: %2</source>
        <translation>第 %1 张标签：%2</translation>
    </message>
    <message>
        <source>Printing the labels was cancelled.</source>
        <translation>标签打印已取消。</translation>
    </message>
    <message>
        <source>The labels could not be printed.</source>
        <translation>标签未能打印。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution labels can be drawn at.</source>
        <translation>%1 dpi 不是可以绘制标签的分辨率。</translation>
    </message>
    <message>
        <source>The PNG image could not be made.</source>
        <translation>无法生成 PNG 图像。</translation>
    </message>
    <message>
        <source>The number of copies must be at least 1.</source>
        <translation>份数至少为 1。</translation>
    </message>
    <message>
        <source>The serial numbers must lie between 0 and 999999999.</source>
        <translation>序列号必须在 0 到 999999999 之间。</translation>
    </message>
    <message>
        <source>Trace QR with compliance pledge certificate, %1 × %2 mm</source>
        <translation>证码合一：追溯二维码与承诺达标合格证，%1 × %2 毫米</translation>
    </message>
    <message>
        <source>A4 sheet of %1 × %2 labels, %3 × %4 mm each</source>
        <translation>A4 标签纸，每页 %1 × %2 张，每张 %3 × %4 毫米</translation>
    </message>
    <message>
        <source>Thermal label %1 × %2 mm</source>
        <translation>热敏标签 %1 × %2 毫米</translation>
    </message>
    <message>
        <source>There is no label template "%1". The templates are: %2.</source>
        <translation>没有标签模板“%1”。可用的模板为：%2。</translation>
    </message>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>没有可放入二维码的内容。</translation>
    </message>
    <message>
        <source>The QR code text contains a NUL character.</source>
        <translation>二维码内容中含有 NUL 字符。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes at error correction %2).</source>
        <translation>内容太长，放不进二维码（%1 个字节，纠错等级 %2）。</translation>
    </message>
    <message>
        <source>The QR code cannot be made (error %1).</source>
        <translation>无法生成二维码（错误 %1）。</translation>
    </message>
    <message>
        <source>Refusing to sign a message without its own context tag: it could be taken for a record.</source>
        <translation>拒绝签署不带自身上下文标记的消息：它可能被当作一条记录。</translation>
    </message>
    <message>
        <source>Labels are written as .pdf, .png or .svg, not %1.</source>
        <translation>标签只能写成 .pdf、.png 或 .svg，而不是 %1。</translation>
    </message>
    <message>
        <source>The page template %1 cannot be read: %2</source>
        <translation>无法读取页面模板 %1：%2</translation>
    </message>
    <message>
        <source>The page template %1/page.html has no @SUYUAN_DATA@ placeholder.</source>
        <translation>页面模板 %1/page.html 中没有 @SUYUAN_DATA@ 占位符。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Batch %1 has no GS1 or local identifier, so it has no page address.</source>
        <translation>批次 %1 没有 GS1 标识或本地标识，因此没有页面地址。</translation>
    </message>
    <message>
        <source>No folder was given for the site.</source>
        <translation>没有指定网站的文件夹。</translation>
    </message>
    <message>
        <source>The site language must be zh-CN or en, not %1.</source>
        <translation>网站语言必须是 zh-CN 或 en，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 已存在，但不是文件夹。</translation>
    </message>
    <message>
        <source>The site export was cancelled; the pages written until then are complete.</source>
        <translation>网站导出已取消；此前写入的页面都是完整的。</translation>
    </message>
    <message>
        <source>There is no site folder to serve here.</source>
        <translation>这里没有可以提供的网站文件夹。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>There is no page at this address. Check the code on the package, or scan it again.</source>
        <translation>此地址没有页面。请核对包装上的码，或重新扫描。</translation>
    </message>
    <message>
        <source>This site only answers GET and HEAD requests.</source>
        <translation>本网站只响应 GET 和 HEAD 请求。</translation>
    </message>
    <message>
        <source>The request cannot be answered.</source>
        <translation>无法响应该请求。</translation>
    </message>
    <message>
        <source>Only item-level labels (with a serial number) are recorded as scans.</source>
        <translation>只有单品标签（带序列号）的扫描才会被记录。</translation>
    </message>
    <message>
        <source>"%1" is not a label check result (one of: %2).</source>
        <translation>“%1”不是标签核验结果（应为以下之一：%2）。</translation>
    </message>
    <message>
        <source>The batch %1 is not in this ledger.</source>
        <translation>本台账中没有批次 %1。</translation>
    </message>
    <message>
        <source>Choose where the label was scanned: "%1" is not a location of this ledger (add it under Master data).</source>
        <translation>请选择扫描标签的地点：“%1”不是本台账中的地点（请在“基础数据”中添加）。</translation>
    </message>
    <message>
        <source>Possible copied label: serial %1 was scanned at %2 (%3), where this batch has never been.</source>
        <translation>疑似复制标签：序列号 %1 在 %2（%3）被扫描，而该批次从未到过那里。</translation>
    </message>
    <message>
        <source>Possible copied label: serial %1 was scanned at %2 (%3) after %4 (%5), and the batch was not received at %2 in between.</source>
        <translation>疑似复制标签：序列号 %1 先在 %4（%5）、后在 %2（%3）被扫描，而其间该批次并未在 %2 收货。</translation>
    </message>
</context>
<context>
    <name>suyuan-cli</name>
    <message>
        <source>suyuan-cli: %1</source>
        <translation>suyuan-cli：%1</translation>
    </message>
    <message>
        <source>There is no profile in %1. Create one with: suyuan-cli --profile %1 init</source>
        <translation>%1 中没有档案。请用以下命令创建：suyuan-cli --profile %1 init</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli [--profile DIR] %1 %2</source>
        <translation>用法：suyuan-cli [--profile 目录] %1 %2</translation>
    </message>
    <message>
        <source>suyuan-cli %1: %2</source>
        <translation>suyuan-cli %1：%2</translation>
    </message>
    <message>
        <source>suyuan-cli %1: wrong number of arguments</source>
        <translation>suyuan-cli %1：参数个数不对</translation>
    </message>
    <message>
        <source>Organisation name (合作社, processor, warehouse …).</source>
        <translation>单位名称（合作社、加工厂、仓库……）。</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Create a profile: an encrypted ledger database and this node's Ed25519 key.</source>
        <translation>创建档案：一个加密的台账数据库和本节点的 Ed25519 密钥。</translation>
    </message>
    <message>
        <source>A profile already exists in %1.</source>
        <translation>%1 中已有档案。</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>我的单位</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Deriving the database key (this takes about half a second)…</source>
        <translation>正在生成数据库密钥（约需半秒）……</translation>
    </message>
    <message>
        <source>Created profile %1</source>
        <translation>已创建档案 %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>节点编号：%1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Show this node's identity and ledger size.</source>
        <translation>显示本节点的身份和台账规模。</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>公钥：%1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>档案：%1</translation>
    </message>
    <message>
        <source>Records: %1 (own chain: %2; held: %3)</source>
        <translation>记录：%1 条（本节点记录链：%2 条；暂存：%3 条）</translation>
    </message>
    <message>
        <source>Last audit: %1, %2 records, %3</source>
        <translation>上次审计：%1，共 %2 条记录，%3</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 个问题</translation>
    </message>
    <message>
        <source>Last audit: never</source>
        <translation>上次审计：从未审计</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE (else SUYUAN_NEW_PASSPHRASE, else a prompt).</source>
        <translation>从文件读取新密码（否则取环境变量 SUYUAN_NEW_PASSPHRASE，再否则提示输入）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Change the passphrase. The database is re-encrypted under the new key; if this is interrupted, the old passphrase still works.</source>
        <translation>修改密码。数据库会用新密钥重新加密；如果中途被打断，旧密码仍然有效。</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>%1 中没有档案。</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Re-encrypting the ledger…</source>
        <translation>正在重新加密台账……</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Record kind, a lower-case dotted word (note, epcis.event).</source>
        <translation>记录类型，以点分隔的小写单词（note、epcis.event）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The body: a JSON object, or @FILE to read it from FILE.</source>
        <translation>记录内容：一个 JSON 对象，或用 @文件 从文件读取。</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Sign a record with this node's key and store it.</source>
        <translation>用本节点的密钥签名一条记录并保存。</translation>
    </message>
    <message>
        <source>append needs --kind and --body</source>
        <translation>append 需要 --kind 和 --body</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at offset %2</source>
        <translation>记录内容不是有效的 JSON：%1（位置 %2）</translation>
    </message>
    <message>
        <source>The body must be a JSON object ({…}).</source>
        <translation>记录内容必须是 JSON 对象（{…}）。</translation>
    </message>
    <message>
        <source>Stored record %1 (seq %2)</source>
        <translation>已保存记录 %1（序号 %2）</translation>
    </message>
    <message>
        <source>Print one JSON object per line, with the signed bytes.</source>
        <translation>每行输出一个 JSON 对象，包含签名内容。</translation>
    </message>
    <message>
        <source>Show at most N records.</source>
        <translation>最多显示 N 条记录。</translation>
    </message>
    <message>
        <source>Only records of this node.</source>
        <translation>只包括该节点的记录。</translation>
    </message>
    <message>
        <source>NODEID</source>
        <translation>节点编号</translation>
    </message>
    <message>
        <source>List the records in the ledger, by author and sequence.</source>
        <translation>按签名方和序号列出台账中的记录。</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>不在标准错误输出上显示进度。</translation>
    </message>
    <message>
        <source>Audit the whole ledger: every signature, id, chain link and sequence, on every core, and the database's integrity. Exit code 1 if anything is wrong.</source>
        <translation>审计整个台账：用全部处理器核心核验每个签名、编号、链接和序号，并检查数据库完整性。发现任何问题时退出码为 1。</translation>
    </message>
    <message>
        <source>Verifying… %1 / %2</source>
        <translation>正在核验…… %1 / %2</translation>
    </message>
    <message>
        <source>FAILED %1 %2</source>
        <translation>未通过 %1 %2</translation>
    </message>
    <message>
        <source>FORK %1 records are kept as evidence of authors signing two versions of one record.</source>
        <translation>分叉：保留了 %1 条记录，作为签名方对同一序号签署两个版本的证据。</translation>
    </message>
    <message>
        <source>Database integrity: %1</source>
        <translation>数据库完整性：%1</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli bundle export FILE [--author NODEID] [--since SEQ]
       suyuan-cli bundle import FILE
</source>
        <translation>用法：suyuan-cli bundle export 文件 [--author 节点编号] [--since 序号]
      suyuan-cli bundle import 文件
</translation>
    </message>
    <message>
        <source>bundle needs export or import</source>
        <translation>bundle 需要 export 或 import</translation>
    </message>
    <message>
        <source>Only records from this sequence number on.</source>
        <translation>只包括从该序号开始的记录。</translation>
    </message>
    <message>
        <source>Write records and this node's signed checkpoint to a bundle file.</source>
        <translation>把记录和本节点签名的检查点写入数据包文件。</translation>
    </message>
    <message>
        <source>Verify every record of a bundle and store what passes. Prints the counts: accepted, duplicate, held, rejected (with reasons).</source>
        <translation>核验数据包中的每条记录，保存通过核验的记录。输出各项计数：accepted（接收）、duplicate（重复）、held（暂存）、rejected（拒收，附原因）。</translation>
    </message>
    <message>
        <source>--since needs a sequence number from 1</source>
        <translation>--since 需要从 1 开始的序号</translation>
    </message>
    <message>
        <source>Wrote %1 records and %2 checkpoints to %3</source>
        <translation>已将 %1 条记录和 %2 个检查点写入 %3</translation>
    </message>
    <message>
        <source>A name to show for this author.</source>
        <translation>该签名方的显示名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli author list [--json]
       suyuan-cli author trust NODEID [--name NAME]
       suyuan-cli author revoke NODEID
       suyuan-cli author policy pending|reject
Records of authors that are not trusted are held as pending (or rejected, by policy)
until you trust them.
</source>
        <translation>用法：suyuan-cli author list [--json]
      suyuan-cli author trust 节点编号 [--name 名称]
      suyuan-cli author revoke 节点编号
      suyuan-cli author policy pending|reject
未信任的签名方的记录会暂存待确认（或按策略拒收），
直到您信任该签名方。
</translation>
    </message>
    <message>
        <source>author needs list, trust, revoke or policy</source>
        <translation>author 需要 list、trust、revoke 或 policy</translation>
    </message>
    <message>
        <source>Manage which authors' records this node accepts.</source>
        <translation>管理本节点接收哪些签名方的记录。</translation>
    </message>
    <message>
        <source>  (%1 held)</source>
        <translation>  （暂存 %1 条）</translation>
    </message>
    <message>
        <source>  FORKED</source>
        <translation>  已分叉</translation>
    </message>
    <message>
        <source>policy is pending or reject</source>
        <translation>策略只能是 pending 或 reject</translation>
    </message>
    <message>
        <source>%1 is now %2 (chain at %3).</source>
        <translation>%1 现在的状态为 %2（记录链到第 %3 条）。</translation>
    </message>
    <message>
        <source>Records to append and audit (default 20000).</source>
        <translation>写入并审计的记录条数（默认 20000）。</translation>
    </message>
    <message>
        <source>Measure this machine's Ed25519 limits and the ledger's append and audit rates, as key: value lines. Uses a temporary profile; no passphrase needed.</source>
        <translation>测量本机 Ed25519 的极限速度以及台账的写入和审计速度，按“键: 值”逐行输出。使用临时档案，无需密码。</translation>
    </message>
    <message>
        <source>No passphrase given and no terminal to ask on: use --passphrase-file FILE or the SUYUAN_PASSPHRASE environment variable.</source>
        <translation>未提供密码，也没有可用于提示输入的终端：请使用 --passphrase-file 文件，或设置环境变量 SUYUAN_PASSPHRASE。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Records per transaction (default 1000).</source>
        <translation>每个事务写入的记录条数（默认 1000）。</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli %1 add|list|show … (--help after the subcommand for its options)
</source>
        <translation>用法：suyuan-cli %1 add|list|show ……（在子命令后加 --help 查看其选项）
</translation>
    </message>
    <message>
        <source>%1 needs add, list or show</source>
        <translation>%1 需要 add、list 或 show</translation>
    </message>
    <message>
        <source>Chinese name.</source>
        <translation>中文名称。</translation>
    </message>
    <message>
        <source>English name.</source>
        <translation>英文名称。</translation>
    </message>
    <message>
        <source>GTIN (8, 12, 13 or 14 digits).</source>
        <translation>商品条码 GTIN（8、12、13 或 14 位）。</translation>
    </message>
    <message>
        <source>Local product code, for products without a GTIN.</source>
        <translation>本地产品代码，用于没有商品条码的产品。</translation>
    </message>
    <message>
        <source>Default unit (UN/ECE Rec 20: KGM, TNE, LTR, H87 …).</source>
        <translation>默认计量单位（联合国欧洲经委会第 20 号建议书代码：KGM、TNE、LTR、H87……）。</translation>
    </message>
    <message>
        <source>Category.</source>
        <translation>类别。</translation>
    </message>
    <message>
        <source>Role: farm, cooperative, processor, logistics, retailer, importer.</source>
        <translation>角色：farm（农场）、cooperative（合作社）、processor（加工厂）、logistics（物流）、retailer（零售商）、importer（进口商）。</translation>
    </message>
    <message>
        <source>Type: plot, warehouse, processing_site, port, store.</source>
        <translation>类型：plot（地块）、warehouse（仓库）、processing_site（加工点）、port（口岸）、store（门店）。</translation>
    </message>
    <message>
        <source>GLN (13 digits).</source>
        <translation>参与方位置编码 GLN（13 位）。</translation>
    </message>
    <message>
        <source>Entity code (主体码).</source>
        <translation>主体码。</translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>地址。</translation>
    </message>
    <message>
        <source>The party that runs this location.</source>
        <translation>经营该地点的主体。</translation>
    </message>
    <message>
        <source>Latitude.</source>
        <translation>纬度。</translation>
    </message>
    <message>
        <source>Longitude.</source>
        <translation>经度。</translation>
    </message>
    <message>
        <source>Master data: an edit is a new signed record; the newest one is shown.</source>
        <translation>基础数据：每次修改都是一条新的签名记录；显示最新的一条。</translation>
    </message>
    <message>
        <source>Saved %1 (record %2).</source>
        <translation>已保存 %1（记录 %2）。</translation>
    </message>
    <message>
        <source>There is no %1 "%2".</source>
        <translation>没有 %1“%2”。</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli batch list [--json] [--limit N]
       suyuan-cli batch show ID [--json]
ID: a lot code, a GS1 Digital Link or an LGTIN URN.
</source>
        <translation>用法：suyuan-cli batch list [--json] [--limit N]
      suyuan-cli batch show 标识 [--json]
标识：批号、GS1 数字链接或 LGTIN URN。
</translation>
    </message>
    <message>
        <source>batch needs list or show</source>
        <translation>batch 需要 list 或 show</translation>
    </message>
    <message>
        <source>Show at most N batches (default 100).</source>
        <translation>最多显示 N 个批次（默认 100）。</translation>
    </message>
    <message>
        <source>Batches (lots): quantity, holder, status and events.</source>
        <translation>批次：数量、持有方、状态和事件。</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>Product: %1, lot %2</source>
        <translation>产品：%1，批号 %2</translation>
    </message>
    <message>
        <source>Available: %1 %2 (produced %3, used %4)</source>
        <translation>可用：%1 %2（产出 %3，已用 %4）</translation>
    </message>
    <message>
        <source>Status: %1; holder: %2; location: %3</source>
        <translation>状态：%1；持有方：%2；地点：%3</translation>
    </message>
    <message>
        <source>  (withdrawn)</source>
        <translation>  （已撤销）</translation>
    </message>
    <message>
        <source>Product key.</source>
        <translation>产品代码。</translation>
    </message>
    <message>
        <source>Lot code (GS1 AI 10).</source>
        <translation>批号（GS1 AI 10）。</translation>
    </message>
    <message>
        <source>Quantity.</source>
        <translation>数量。</translation>
    </message>
    <message>
        <source>Unit (default: the product's).</source>
        <translation>计量单位（默认为产品的单位）。</translation>
    </message>
    <message>
        <source>Location key.</source>
        <translation>地点代码。</translation>
    </message>
    <message>
        <source>Event time, ISO 8601 with offset (default: now).</source>
        <translation>事件时间，ISO 8601 格式并带时区（默认为现在）。</translation>
    </message>
    <message>
        <source>An input batch and quantity.</source>
        <translation>一个投入批次及其数量。</translation>
    </message>
    <message>
        <source>An output batch: product, lot and quantity.</source>
        <translation>一个产出批次：产品、批号和数量。</translation>
    </message>
    <message>
        <source>CBV business step (default commissioning).</source>
        <translation>CBV 业务步骤（默认 commissioning）。</translation>
    </message>
    <message>
        <source>The batch.</source>
        <translation>批次。</translation>
    </message>
    <message>
        <source>Destination party key.</source>
        <translation>收货主体代码。</translation>
    </message>
    <message>
        <source>Destination location key.</source>
        <translation>收货地点代码。</translation>
    </message>
    <message>
        <source>Purchase order number.</source>
        <translation>采购订单号。</translation>
    </message>
    <message>
        <source>Despatch advice number.</source>
        <translation>发货通知单号。</translation>
    </message>
    <message>
        <source>Bill of lading number.</source>
        <translation>提单号。</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>原因。</translation>
    </message>
    <message>
        <source>Record what happened to a batch; it is signed as a GS1 EPCIS 2.0 event.</source>
        <translation>记录批次发生的事，以 GS1 EPCIS 2.0 事件的形式签名保存。</translation>
    </message>
    <message>
        <source>--time needs an ISO 8601 time such as 2026-02-10T09:30:00+08:00</source>
        <translation>--time 需要 ISO 8601 格式的时间，例如 2026-02-10T09:30:00+08:00</translation>
    </message>
    <message>
        <source>harvest needs --product, --lot and a numeric --quantity</source>
        <translation>harvest 需要 --product、--lot 和数值型的 --quantity</translation>
    </message>
    <message>
        <source>--ilmd must be a JSON object</source>
        <translation>--ilmd 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>Recorded harvest: batch %1</source>
        <translation>已记录采收：批次 %1</translation>
    </message>
    <message>
        <source>--input takes ID:QTY, not %1</source>
        <translation>--input 的格式是 批次:数量，而不是 %1</translation>
    </message>
    <message>
        <source>--output takes PRODUCT:LOT:QTY, not %1</source>
        <translation>--output 的格式是 产品:批号:数量，而不是 %1</translation>
    </message>
    <message>
        <source>Recorded processing: %1</source>
        <translation>已记录加工：%1</translation>
    </message>
    <message>
        <source>Recorded %1 of %2 (record %3).</source>
        <translation>已记录 %2 的 %1（记录 %3）。</translation>
    </message>
    <message>
        <source>Upstream: everything that went into the batch.</source>
        <translation>向上追溯：该批次的全部来源。</translation>
    </message>
    <message>
        <source>Downstream: everywhere the batch went.</source>
        <translation>向下追踪：该批次的全部去向。</translation>
    </message>
    <message>
        <source>Genealogy of a batch through any number of processing and packing steps.</source>
        <translation>批次谱系：跨越任意多个加工和包装环节。</translation>
    </message>
    <message>
        <source>trace needs exactly one of --up and --down</source>
        <translation>trace 需要且只能指定 --up 或 --down 之一</translation>
    </message>
    <message>
        <source>Write the impact as CSV.</source>
        <translation>把影响范围写成 CSV 文件。</translation>
    </message>
    <message>
        <source>Recall impact: every batch downstream of ID with its holder, location and quantity. (Recording the recall itself: event record recall.)</source>
        <translation>召回影响范围：该批次下游的每个批次，及其持有方、地点和数量。（记录召回本身请用 event record recall。）</translation>
    </message>
    <message>
        <source>%1 batches affected:</source>
        <translation>受影响的批次共 %1 个：</translation>
    </message>
    <message>
        <source>Also measure genealogy and recall on 10k and 1M events (minutes).</source>
        <translation>另外在 1 万和 100 万条事件的台账上测量谱系和召回查询（需数分钟）。</translation>
    </message>
    <message>
        <source>Size of the large ledger for --trace (default 1000000).</source>
        <translation>--trace 所用大台账的事件数（默认 1000000）。</translation>
    </message>
    <message>
        <source>Harvest data as a JSON object with prefixed keys (cbvmda:harvestStartDate, suyuan:variety …).</source>
        <translation>采收信息，JSON 对象，键名需带前缀（cbvmda:harvestStartDate 采收日期、suyuan:variety 品种……）。</translation>
    </message>
    <message>
        <source>Write a printable PDF report.</source>
        <translation>生成可打印的 PDF 报告。</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli epcis export [--batch ID] [--from DATE --to DATE] FILE
       suyuan-cli epcis import FILE
</source>
        <translation>用法：suyuan-cli epcis export [--batch 标识] [--from 日期 --to 日期] 文件
      suyuan-cli epcis import 文件
</translation>
    </message>
    <message>
        <source>epcis needs export or import</source>
        <translation>epcis 需要 export 或 import</translation>
    </message>
    <message>
        <source>Only the genealogy of this batch.</source>
        <translation>只包括该批次的谱系。</translation>
    </message>
    <message>
        <source>Events from this date or time on (ISO 8601).</source>
        <translation>从该日期或时间起的事件（ISO 8601）。</translation>
    </message>
    <message>
        <source>Events before this date or time (ISO 8601).</source>
        <translation>该日期或时间之前的事件（ISO 8601）。</translation>
    </message>
    <message>
        <source>Write events as a GS1 EPCIS 2.0 document (JSON-LD).</source>
        <translation>把事件写成 GS1 EPCIS 2.0 文档（JSON-LD）。</translation>
    </message>
    <message>
        <source>Import a GS1 EPCIS 2.0 document: every event is checked first, then all are signed by this node in one transaction; nothing is stored if any is invalid.</source>
        <translation>导入 GS1 EPCIS 2.0 文档：先检查每个事件，再在同一事务中全部由本节点签名保存；只要有一个无效，就什么都不保存。</translation>
    </message>
    <message>
        <source>Give either --batch or --from/--to, not both.</source>
        <translation>请指定 --batch 或 --from/--to，不能同时指定。</translation>
    </message>
    <message>
        <source>--from and --to take a date (2026-02-01) or an ISO 8601 time</source>
        <translation>--from 和 --to 需要日期（2026-02-01）或 ISO 8601 时间</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2</source>
        <translation>已将 %1 个事件写入 %2</translation>
    </message>
    <message>
        <source>Add N generated events after the scenario.</source>
        <translation>在演示场景之后再生成 N 条事件。</translation>
    </message>
    <message>
        <source>Organisation name of the new profile.</source>
        <translation>新档案的单位名称。</translation>
    </message>
    <message>
        <source>Create a profile filled with the demo scenario as real signed records: Fengjie navel oranges shipped to Singapore, Fuling zhacai, Jiangjin Sichuan pepper.</source>
        <translation>创建一个填入演示场景的档案，全部是真实签名的记录：奉节脐橙发往新加坡、涪陵榨菜、江津花椒。</translation>
    </message>
    <message>
        <source>--scale needs a whole number</source>
        <translation>--scale 需要一个整数</translation>
    </message>
    <message>
        <source>The profile in %1 already holds records; the demo goes into a new profile.</source>
        <translation>%1 中的档案已有记录；演示数据只能放入新档案。</translation>
    </message>
    <message>
        <source>Generating… %1 / %2</source>
        <translation>正在生成…… %1 / %2</translation>
    </message>
    <message>
        <source>Demo ledger in %1: %2 products, %3 parties, %4 locations, %5 batches, %6 events (%7 generated) in %8 s.</source>
        <translation>演示台账位于 %1：产品 %2 个、主体 %3 个、地点 %4 个、批次 %5 个、事件 %6 个（其中生成 %7 个），用时 %8 秒。</translation>
    </message>
    <message>
        <source>Only this product.</source>
        <translation>只列出该产品。</translation>
    </message>
    <message>
        <source>Only this status (active, in_transit, recalled …).</source>
        <translation>只列出该状态（active 在库、in_transit 在途、recalled 已召回……）。</translation>
    </message>
    <message>
        <source>Only batches at this location.</source>
        <translation>只列出位于该地点的批次。</translation>
    </message>
    <message>
        <source>Only batches held by this party.</source>
        <translation>只列出该主体持有的批次。</translation>
    </message>
    <message>
        <source>Created on or after this date.</source>
        <translation>在该日期当天或之后创建。</translation>
    </message>
    <message>
        <source>Created before this date.</source>
        <translation>在该日期之前创建。</translation>
    </message>
    <message>
        <source>Text in the lot, identifier or product name.</source>
        <translation>批号、标识或产品名称中包含的文字。</translation>
    </message>
    <message>
        <source>Do nothing (and succeed) when the profile exists already.</source>
        <translation>如果档案已存在，则不做任何事（并返回成功）。</translation>
    </message>
    <message>
        <source>A profile exists in %1; the demo was not created.</source>
        <translation>%1 中已有档案；未创建演示数据。</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>没有附件 %1。</translation>
    </message>
    <message>
        <source>%1 names more than one attachment: give more digits.</source>
        <translation>%1 对应多个附件：请多输入几位。</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli attachment add FILE [--name NAME] [--type MIME]
       suyuan-cli attachment list [--json]
       suyuan-cli attachment get SHA256 --out FILE
       suyuan-cli attachment show SHA256 [--json]
Attachments (certificates, lab reports, photos) are stored encrypted in the ledger as signed records, addressed by the SHA-256 of their content. SHA256 may be shortened to a unique prefix of 8 or more digits.
</source>
        <translation>用法：suyuan-cli attachment add 文件 [--name 名称] [--type 媒体类型]
      suyuan-cli attachment list [--json]
      suyuan-cli attachment get SHA256 --out 文件
      suyuan-cli attachment show SHA256 [--json]
附件（证书、检测报告、照片）以签名记录的形式加密保存在台账中，按内容的 SHA-256 值寻址。SHA256 可以缩写为唯一的前缀（至少 8 位）。
</translation>
    </message>
    <message>
        <source>attachment needs add, list, get or show</source>
        <translation>attachment 需要 add、list、get 或 show</translation>
    </message>
    <message>
        <source>The attachment's name (default: the file name).</source>
        <translation>附件名称（默认为文件名）。</translation>
    </message>
    <message>
        <source>Media type, such as application/pdf or image/jpeg (default: guessed).</source>
        <translation>媒体类型，例如 application/pdf 或 image/jpeg（默认自动识别）。</translation>
    </message>
    <message>
        <source>Write the content to this file.</source>
        <translation>将内容写入该文件。</translation>
    </message>
    <message>
        <source>Store a file (at most 32 MiB) in the ledger, encrypted and signed, and print its SHA-256. A file already held is not stored again.</source>
        <translation>将文件（最大 32 MiB）加密并签名后保存到台账中，并输出其 SHA-256 值。已保存过的文件不会重复保存。</translation>
    </message>
    <message>
        <source>List the attachments held.</source>
        <translation>列出已保存的附件。</translation>
    </message>
    <message>
        <source>Write an attachment's content to a file, after checking its SHA-256.</source>
        <translation>核对 SHA-256 值后，将附件内容写入文件。</translation>
    </message>
    <message>
        <source>Show an attachment's name, type, size and parts.</source>
        <translation>显示附件的名称、类型、大小和组成部分。</translation>
    </message>
    <message>
        <source>"%1" is not a SHA-256 (64 hexadecimal digits, or a prefix of 8 or more)</source>
        <translation>“%1”不是 SHA-256 值（应为 64 位十六进制数字，或至少 8 位的前缀）</translation>
    </message>
    <message>
        <source>attachment get needs --out FILE</source>
        <translation>attachment get 需要 --out 文件</translation>
    </message>
    <message>
        <source>(incomplete: %1 of %2 parts)</source>
        <translation>（不完整：共 %2 个部分，已有 %1 个）</translation>
    </message>
    <message>
        <source>SHA-256:    %1</source>
        <translation>SHA-256：   %1</translation>
    </message>
    <message>
        <source>Name:       %1</source>
        <translation>名称：      %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>媒体类型：  %1</translation>
    </message>
    <message>
        <source>Size:       %1 (%2 bytes)</source>
        <translation>大小：      %1（%2 字节）</translation>
    </message>
    <message>
        <source>Parts:      %1 (complete)</source>
        <translation>部分：      %1（完整）</translation>
    </message>
    <message>
        <source>Parts:      %1 of %2 held (incomplete)</source>
        <translation>部分：      已有 %1 个，共 %2 个（不完整）</translation>
    </message>
    <message>
        <source>A batch (ID, or ID:QTY for part of it); may be repeated.</source>
        <translation>批次（批次标识，或用 批次:数量 表示其中一部分）；可重复。</translation>
    </message>
    <message>
        <source>Kind of field work: fertilising, plant_protection, irrigation, weeding, pruning, other.</source>
        <translation>农事作业类型：fertilising 施肥、plant_protection 植保、irrigation 灌溉、weeding 除草、pruning 修剪、other 其他。</translation>
    </message>
    <message>
        <source>Fertiliser or pesticide used (name, registration).</source>
        <translation>所用肥料或农药（名称、登记证号）。</translation>
    </message>
    <message>
        <source>Dose of the input.</source>
        <translation>投入品用量。</translation>
    </message>
    <message>
        <source>Unit of the dose (KGM, LTR …).</source>
        <translation>用量单位（KGM 千克、LTR 升……）。</translation>
    </message>
    <message>
        <source>Pre-harvest safety interval in days.</source>
        <translation>安全间隔期（天）。</translation>
    </message>
    <message>
        <source>A measured result: TYPE:VALUE[:UOM[:NAME[:LIMIT]]]; may be repeated.</source>
        <translation>一项检测结果：类型:数值[:单位[:名称[:限量]]]；可重复。</translation>
    </message>
    <message>
        <source>The inspection passed (conformant).</source>
        <translation>检验合格。</translation>
    </message>
    <message>
        <source>The inspection failed (non-conformant).</source>
        <translation>检验不合格。</translation>
    </message>
    <message>
        <source>A certificate URI; may be repeated.</source>
        <translation>证书 URI；可重复。</translation>
    </message>
    <message>
        <source>Party key of the inspector or laboratory.</source>
        <translation>检验或检测机构的主体代码。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>SHA-256 of a stored attachment; may be repeated.</source>
        <translation>已存附件的 SHA-256；可重复。</translation>
    </message>
    <message>
        <source>The case or pallet: an SSCC or a code.</source>
        <translation>箱或托盘：SSCC 或编码。</translation>
    </message>
    <message>
        <source>Quantity (default: all that is available).</source>
        <translation>数量（默认：全部可用数量）。</translation>
    </message>
    <message>
        <source>Business-private fields as a JSON object (price, contract …): kept on this node, named in the event only by a salted hash.</source>
        <translation>商业私有字段，JSON 对象（价格、合同……）：只保存在本节点，事件中仅以加盐哈希引用。</translation>
    </message>
    <message>
        <source>--quantity needs a number above zero</source>
        <translation>--quantity 需要大于零的数字</translation>
    </message>
    <message>
        <source>--dose needs a number</source>
        <translation>--dose 需要数字</translation>
    </message>
    <message>
        <source>--interval needs a number of days</source>
        <translation>--interval 需要天数</translation>
    </message>
    <message>
        <source>--result takes TYPE:VALUE[:UOM[:NAME[:LIMIT]]], not %1</source>
        <translation>--result 的格式是 类型:数值[:单位[:名称[:限量]]]，而不是 %1</translation>
    </message>
    <message>
        <source>give --pass or --fail, not both</source>
        <translation>只能给出 --pass 或 --fail 之一</translation>
    </message>
    <message>
        <source>%1 needs --batch</source>
        <translation>%1 需要 --batch</translation>
    </message>
    <message>
        <source>--private must be a JSON object</source>
        <translation>--private 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>Recorded %1: event %2 (record %3).</source>
        <translation>已记录 %1：事件 %2（记录 %3）。</translation>
    </message>
    <message>
        <source>incorrect_data (the default) or did_not_occur.</source>
        <translation>incorrect_data 数据有误（默认）或 did_not_occur 未曾发生。</translation>
    </message>
    <message>
        <source>eventID of the event that corrects it; may be repeated.</source>
        <translation>更正该事件的新事件的 eventID；可重复。</translation>
    </message>
    <message>
        <source>Declare an event wrong (EPCIS error declaration). The event stays, marked withdrawn; its quantities are taken back. Then record the right one.</source>
        <translation>声明某事件有误（EPCIS 错误声明）。原事件保留并标记为已撤销，其数量影响被收回。随后请记录正确的事件。</translation>
    </message>
    <message>
        <source>Event %1 is declared wrong (record %2).</source>
        <translation>已声明事件 %1 有误（记录 %2）。</translation>
    </message>
    <message>
        <source>Show the business-private fields of an event recorded on this node, checked against the hash the event names.</source>
        <translation>显示本节点所记录事件的商业私有字段，并与事件中的哈希值核对。</translation>
    </message>
    <message>
        <source>This event has no private fields.</source>
        <translation>该事件没有私有字段。</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli import csv FILE [--encoding auto|utf-8|gb18030] [--dry-run] [--json]
       suyuan-cli import csv --template [OUT.csv] [--zh] [--encoding utf-8|gb18030]
</source>
        <translation>用法：suyuan-cli import csv 文件 [--encoding auto|utf-8|gb18030] [--dry-run] [--json]
      suyuan-cli import csv --template [输出.csv] [--zh] [--encoding utf-8|gb18030]
</translation>
    </message>
    <message>
        <source>import needs csv</source>
        <translation>import 需要 csv</translation>
    </message>
    <message>
        <source>Text encoding: auto (UTF-8 if valid, else GB18030), utf-8 or gb18030.</source>
        <translation>文本编码：auto（自动：有效的 UTF-8 按 UTF-8 读取，否则按 GB18030 读取）、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>Check every row but store nothing.</source>
        <translation>检查每一行，但不保存任何内容。</translation>
    </message>
    <message>
        <source>Write the import template to OUT.csv (or to standard output) instead.</source>
        <translation>改为将导入模板写入 OUT.csv（或标准输出）。</translation>
    </message>
    <message>
        <source>The template with Chinese column names.</source>
        <translation>使用中文列名的模板。</translation>
    </message>
    <message>
        <source>Import batches and their harvest records from a CSV file (UTF-8 or GB18030, English or Chinese column names). Every row is checked first; if any is wrong, each problem is listed by row and column and nothing is stored, else all batches are stored in one transaction.</source>
        <translation>从 CSV 文件导入批次及其采收记录（UTF-8 或 GB18030 编码，英文或中文列名）。先检查每一行：只要有一行有误，就按行和列列出每个问题，且不保存任何内容；否则在一个事务中保存全部批次。</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8 or gb18030, not %1</source>
        <translation>--encoding 的取值为 auto、utf-8 或 gb18030，不能是 %1</translation>
    </message>
    <message>
        <source>--template cannot be combined with --dry-run or --json</source>
        <translation>--template 不能与 --dry-run 或 --json 同时使用</translation>
    </message>
    <message>
        <source>The template is missing from this build.</source>
        <translation>此版本中缺少该模板。</translation>
    </message>
    <message>
        <source>%1 exists already; the template was not written.</source>
        <translation>%1 已存在；未写入模板。</translation>
    </message>
    <message>
        <source>Wrote the harvest import template to %1 (%2).</source>
        <translation>已将采收导入模板写入 %1（%2）。</translation>
    </message>
    <message>
        <source>import csv needs a FILE (or --template)</source>
        <translation>import csv 需要一个文件（或 --template）</translation>
    </message>
    <message>
        <source>--zh only goes with --template</source>
        <translation>--zh 只能与 --template 一起使用</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>Checking… %1 / %2</source>
        <translation>正在检查…… %1 / %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，列“%2”：%3</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problems found in %2.</source>
        <translation>未导入任何内容：在 %2 中发现 %1 个问题。</translation>
    </message>
    <message>
        <source>%1 rows checked (%2): all valid. Nothing was stored (--dry-run).</source>
        <translation>已检查 %1 行（%2 编码）：全部有效。未保存任何内容（--dry-run）。</translation>
    </message>
    <message>
        <source>Imported %1 batches from %2 (%3) in one transaction:</source>
        <translation>已在一个事务中从 %2（%3 编码）导入 %1 个批次：</translation>
    </message>
    <message>
        <source>… and %1 more (--json lists them all)</source>
        <translation>……另有 %1 个（--json 会全部列出）</translation>
    </message>
    <message>
        <source>The party that sent the goods.</source>
        <translation>发货主体。</translation>
    </message>
    <message>
        <source>Receiving advice number.</source>
        <translation>收货单号。</translation>
    </message>
    <message>
        <source>Exporting… %1 / %2</source>
        <translation>正在导出…… %1 / %2</translation>
    </message>
    <message>
        <source>event needs: record harvest|process|ship|receive|recall|fieldwork|inspect|labtest|pack|unpack|destroy|sell, correct EVENT_ID or private EVENT_ID</source>
        <translation>event 需要：record harvest|process|ship|receive|recall|fieldwork|inspect|labtest|pack|unpack|destroy|sell，或 correct 事件ID，或 private 事件ID</translation>
    </message>
    <message>
        <source>Checking events… %1 / %2</source>
        <translation>正在检查事件…… %1 / %2</translation>
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
        <translation>用法：suyuan-cli event record harvest --product 产品 --lot 批号 --quantity 数量 [--unit 单位] [--location 地点] [--time 时间] [--ilmd JSON]
      suyuan-cli event record process --input 批次:数量 …… --output 产品:批号:数量 …… [--step 业务步骤] [--location 地点]
      suyuan-cli event record ship --batch 批次 --to 收货主体 [--to-location 地点] [--po 订单号] [--despatch 发货单号] [--bol 提单号] [--transport 运输方式] [--carrier 承运人] [--vehicle 车辆] [--cold-chain]
      suyuan-cli event record receive --batch 批次 --location 地点 [--from 发货主体] [--receipt 收货单号]
      suyuan-cli event record recall --batch 批次 --reason 原因
      suyuan-cli event record fieldwork --location 地块 --work 作业类型 [--input 投入品 --dose 用量 --dose-unit 单位]
      suyuan-cli event record inspect|labtest --batch 批次 [--result 类型:数值:单位:名称:限量] [--pass|--fail]
      suyuan-cli event record pack|unpack --parent SSCC|箱码 --batch 批次[:数量] ……
      suyuan-cli event record destroy --batch 批次 [--quantity 数量] --reason 原因
      suyuan-cli event record sell --batch 批次 [--quantity 数量] [--location 地点]
      suyuan-cli event correct 事件ID [--reason incorrect_data|did_not_occur] [--note 备注]
      suyuan-cli event private 事件ID
（suyuan-cli event record 操作 --help 列出各操作的选项。）
</translation>
    </message>
    <message>
        <source>How the goods travel: road, rail, water, air or express.</source>
        <translation>运输方式：road（公路）、rail（铁路）、water（水运）、air（航空）或 express（快递）。</translation>
    </message>
    <message>
        <source>The haulier's name.</source>
        <translation>承运人名称。</translation>
    </message>
    <message>
        <source>Vehicle plate, wagon, vessel or flight.</source>
        <translation>车牌号、车皮号、船名或航班号。</translation>
    </message>
    <message>
        <source>Shipped refrigerated.</source>
        <translation>冷链（冷藏）运输。</translation>
    </message>
    <message>
        <source>Also measure exporting 1000 labels (60x40, Chinese text) to one PDF.</source>
        <translation>另外测量将 1000 张标签（60x40，含中文）导出为一个 PDF 的耗时。</translation>
    </message>
    <message>
        <source>With --labels: keep the labels' PDF in FILE.</source>
        <translation>与 --labels 一起使用：将标签的 PDF 保存为 FILE。</translation>
    </message>
    <message>
        <source>The label bench lays out text and needs fonts: run it as bench --labels --pdf FILE.</source>
        <translation>标签基准测试需要排版文字、使用字体：请以 bench --labels --pdf FILE 运行。</translation>
    </message>
    <message>
        <source>The batch: lot code, Digital Link or batch URN.</source>
        <translation>批次：批号、数字链接或批次 URN。</translation>
    </message>
    <message>
        <source>Label template (default %1): %2.</source>
        <translation>标签模板（默认 %1）：%2。</translation>
    </message>
    <message>
        <source>How many labels (default 1).</source>
        <translation>标签张数（默认 1）。</translation>
    </message>
    <message>
        <source>Number the copies (item serials 0001 …), each with its own code.</source>
        <translation>为每张标签编号（单品序列号 0001 ……），每张各带自己的码。</translation>
    </message>
    <message>
        <source>Net quantity per package, in the batch's unit.</source>
        <translation>每件净含量，使用批次的计量单位。</translation>
    </message>
    <message>
        <source>Best-before date, YYYY-MM-DD.</source>
        <translation>保质期至，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The address the codes point to (default: this profile's, set in the app).</source>
        <translation>码所指向的网址（默认：本档案在应用中设置的地址）。</translation>
    </message>
    <message>
        <source>PNG resolution (default 300).</source>
        <translation>PNG 分辨率（默认 300）。</translation>
    </message>
    <message>
        <source>The file to write: .pdf (all labels), .png or .svg (one file per label, numbered when there are several).</source>
        <translation>要写入的文件：.pdf（全部标签），.png 或 .svg（每张标签一个文件，多张时自动编号）。</translation>
    </message>
    <message>
        <source>Write a batch's QR labels, signed with this node's key.</source>
        <translation>生成批次的二维码标签，并用本节点密钥签名。</translation>
    </message>
    <message>
        <source>label needs --batch ID and --out FILE</source>
        <translation>label 需要 --batch 批次 和 --out 文件</translation>
    </message>
    <message>
        <source>--out must end in .pdf, .png or .svg, not %1</source>
        <translation>--out 必须以 .pdf、.png 或 .svg 结尾，而不是 %1</translation>
    </message>
    <message>
        <source>label lays out text and needs fonts (internal)</source>
        <translation>label 需要排版文字和字体（内部错误）</translation>
    </message>
    <message>
        <source>--copies takes a number from 1 to 100000</source>
        <translation>--copies 需要 1 到 100000 之间的数字</translation>
    </message>
    <message>
        <source>--net takes a quantity above 0</source>
        <translation>--net 需要大于 0 的数量</translation>
    </message>
    <message>
        <source>--expiry takes a date such as 2026-12-31, not %1</source>
        <translation>--expiry 需要 2026-12-31 这样的日期，而不是 %1</translation>
    </message>
    <message>
        <source>--dpi takes a number from 72 to 2400</source>
        <translation>--dpi 需要 72 到 2400 之间的数字</translation>
    </message>
    <message>
        <source>Wrote %1 labels (%2) to %3</source>
        <translation>已将 %1 张标签（%2）写入 %3</translation>
    </message>
    <message>
        <source>GS1 Digital Link</source>
        <translation>GS1 数字链接</translation>
    </message>
    <message>
        <source>label address of a product without a GTIN</source>
        <translation>无 GTIN 产品的标签地址</translation>
    </message>
    <message>
        <source>EPC class URN (LGTIN)</source>
        <translation>EPC 类别 URN（LGTIN）</translation>
    </message>
    <message>
        <source>EPC instance URN (SGTIN)</source>
        <translation>EPC 单品 URN（SGTIN）</translation>
    </message>
    <message>
        <source>local batch URN</source>
        <translation>本地批次 URN</translation>
    </message>
    <message>
        <source>plain lot code</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <source>FORGED OR ALTERED</source>
        <translation>伪造或被篡改</translation>
    </message>
    <message>
        <source>cannot be checked: unknown issuer</source>
        <translation>无法核验：签发方未知</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Code:      %1</source>
        <translation>码的类型：%1</translation>
    </message>
    <message>
        <source>GTIN:      %1</source>
        <translation>商品条码：%1</translation>
    </message>
    <message>
        <source>Product:   %1</source>
        <translation>产品代码：%1</translation>
    </message>
    <message>
        <source>Lot:       %1</source>
        <translation>批号：    %1</translation>
    </message>
    <message>
        <source>Serial:    %1</source>
        <translation>序列号：  %1</translation>
    </message>
    <message>
        <source>Expiry:    %1</source>
        <translation>有效期：  %1</translation>
    </message>
    <message>
        <source>Batch:     %1</source>
        <translation>批次：    %1</translation>
    </message>
    <message>
        <source>           %1, status %2</source>
        <translation>          %1，状态 %2</translation>
    </message>
    <message>
        <source>Batch:     not in this ledger</source>
        <translation>批次：    不在本台账中</translation>
    </message>
    <message>
        <source>Issuer:    %1 (%2)</source>
        <translation>签发方：  %1（%2）</translation>
    </message>
    <message>
        <source>Issuer:    %1, %2 (%3)</source>
        <translation>签发方：  %1，%2（%3）</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>签名：    %1</translation>
    </message>
    <message>
        <source>           Warning: the issuer's key has been revoked; labels signed with it may have been made after it was stolen.</source>
        <translation>          警告：签发方的密钥已被吊销；用它签名的标签可能是在密钥被盗后制作的。</translation>
    </message>
    <message>
        <source>Serial number, for an item-level label (AI 21).</source>
        <translation>序列号，用于单品标签（AI 21）。</translation>
    </message>
    <message>
        <source>Expiry date (AI 17), YYYY-MM-DD.</source>
        <translation>有效期（AI 17），格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Print the text of a batch's QR label: a GS1 Digital Link on the base address, signed with this node's key.</source>
        <translation>输出批次二维码标签的文本：基础地址上的 GS1 数字链接，并用本节点的密钥签名。</translation>
    </message>
    <message>
        <source>label-uri needs --batch ID</source>
        <translation>label-uri 需要 --batch 标识</translation>
    </message>
    <message>
        <source>Read the code from a photo or scan of the label instead.</source>
        <translation>改为从标签的照片或扫描图中读取码。</translation>
    </message>
    <message>
        <source>scan takes TEXT or --image FILE, not both</source>
        <translation>scan 接受文本或 --image 文件，不能同时给出</translation>
    </message>
    <message>
        <source>No QR code or barcode was found in %1.</source>
        <translation>在 %1 中没有找到二维码或条码。</translation>
    </message>
    <message>
        <source>scan needs TEXT or --image FILE</source>
        <translation>scan 需要文本或 --image 文件</translation>
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
        <translation>用法：suyuan-cli [--profile 目录] [--passphrase-file 文件] 命令 [选项]

溯源台账命令行工具。

命令：
  init [--name 单位]           创建档案和本节点的签名密钥
  whoami                       显示节点编号、单位名称和台账规模
  passwd                       修改密码（重新加密数据库）
  append --kind 类型 --body JSON|@文件   签名并保存一条记录
  log [--json] [--limit N]     列出记录
  verify                       审计每个签名、编号和记录链
  bundle export 文件 [--author 节点编号] [--since 序号]
  bundle import 文件           核验并导入数据包中的记录
  author list|trust 节点编号 [--name 名称]|revoke 节点编号|policy pending|reject
  bench [--records N]          测量签名、核验、写入和审计速度

溯源模型：
  product|party|location add|list|show   基础数据（产品、主体、地点）
  batch list|show 标识         批次及其数量、持有方和事件
  event record 操作 [选项] | event correct|private 事件ID   记录批次发生的事（采收、农事、检测、加工、装箱、发货、收货、召回、销售、销毁），更正事件，查看私有字段
  trace --up|--down 标识       批次谱系：向上追溯来源，向下追踪去向
  recall 标识 [--csv 文件] [--pdf 文件]   召回影响范围：下游每个批次及其持有方
  epcis export [--batch 标识] [--from 日期 --to 日期] 文件 | epcis import 文件
  import csv 文件 [--dry-run] | import csv --template [输出文件]   从 CSV 导入批次和采收记录
  demo [--scale N]             创建一个填入演示场景的档案（另加 N 条生成的事件）
  attachment add|list|get|show   证书、检测报告、照片等附件（加密保存）
  label --batch 标识 [--template 模板] [--copies N] [--serials] --out 文件.pdf|.png|.svg   二维码标签
  label-uri --batch 标识 [--serial 序列号] [--expiry 日期] [--base 网址]   标签二维码的签名文本
  label-base [网址]            显示或设置标签指向的网址
  scan 文本|--image 文件 [--json] [--record --location 地点]   读取标签码或批号，核验标签的签名
  site export 目录 [--batch 标识 ...] [--base 网址]   消费者溯源网站：每个批次一个可验证的页面
  site serve 目录 [--port 端口] [--bind 地址]   通过 HTTP 提供已导出的网站（预览）

密码依次取自 --passphrase-file、环境变量 SUYUAN_PASSPHRASE，或在提示时输入。
`suyuan-cli 命令 --help` 查看各命令的说明。
默认档案：%1
退出码：0 成功，1 发现问题，2 用法错误，3 密码错误或档案已锁定。
</translation>
    </message>
    <message>
        <source>Record the scan of an item label (one with a serial) at --location, and check the serial's scans against the batch's route (copied labels).</source>
        <translation>在 --location 处记录单品标签（带序列号）的扫描，并将该序列号的扫描记录与批次的流向核对（发现复制标签）。</translation>
    </message>
    <message>
        <source>With --record: where the label was scanned (a location key).</source>
        <translation>与 --record 一起使用：扫描标签的地点（地点代码）。</translation>
    </message>
    <message>
        <source>Read what a scanner gives (a GS1 Digital Link, an EPC URN, a local batch URN or a lot code), show what it says and the batch it names in this ledger, and check the label's signature. Exit code 0: genuine or unsigned; 1: forged or altered, or a possible copied label; 2: not a label code.</source>
        <translation>读取扫码枪给出的内容（GS1 数字链接、EPC URN、本地批次 URN 或批号），显示其内容及其在本台账中对应的批次，并核验标签签名。退出码 0：真实或无签名；1：伪造、被改动或疑似复制的标签；2：不是标签码。</translation>
    </message>
    <message>
        <source>--record and --location go together</source>
        <translation>--record 和 --location 必须同时使用</translation>
    </message>
    <message>
        <source>Not recorded: this ledger holds no batch with these identifiers.</source>
        <translation>未记录：本台账中没有与这些标识对应的批次。</translation>
    </message>
    <message>
        <source>Recorded:  at %1; scans of serial %2 so far: %3</source>
        <translation>已记录：  地点 %1；序列号 %2 至今共扫描 %3 次</translation>
    </message>
    <message>
        <source>The base address labels point to (default: the profile's label base address, see label-base).</source>
        <translation>标签指向的基础网址（默认：本档案的标签网址，见 label-base）。</translation>
    </message>
    <message>
        <source>Print this profile's label base address, or check and set it: the web address the QR codes point to, where the consumer site is published.</source>
        <translation>显示本档案的标签网址，或核对并设置它：即二维码指向、发布消费者查询网站的网址。</translation>
    </message>
    <message>
        <source>This is the example address: set your own before printing labels.</source>
        <translation>这是示例网址：打印标签前请设置您自己的网址。</translation>
    </message>
    <message>
        <source>Usage: suyuan-cli [--profile DIR] site export DIR [--batch ID ...] [--base URL] [--lang zh-CN|en]
       suyuan-cli site serve DIR [--port N] [--bind ADDR]

The consumer site: a static folder with a page per batch at the paths of its labels' QR codes, each page verifying the batch's signed records in the browser.
</source>
        <translation>用法：suyuan-cli [--profile 目录] site export 目录 [--batch 标识 ...] [--base 网址] [--lang zh-CN|en]
      suyuan-cli site serve 目录 [--port 端口] [--bind 地址]

消费者溯源网站：一个静态文件夹，每个批次一个页面，位于其标签二维码的路径上；每个页面都在浏览器中核验该批次的签名记录。
</translation>
    </message>
    <message>
        <source>A batch to export (lot code, Digital Link or batch URN); repeat for several. Default: every batch.</source>
        <translation>要导出的批次（批号、数字链接或批次 URN）；可重复使用以导出多个批次。默认：全部批次。</translation>
    </message>
    <message>
        <source>The address the site will be served at, as on the labels (default: this profile's label address).</source>
        <translation>网站发布的地址，与标签上的一致（默认：本档案的标签地址）。</translation>
    </message>
    <message>
        <source>The pages' default language, zh-CN or en (the page follows the browser's).</source>
        <translation>页面的默认语言，zh-CN 或 en（页面会跟随浏览器的语言）。</translation>
    </message>
    <message>
        <source>Write the consumer site to DIR: a page per batch at DIR/01/{gtin}/10/{lot}/ (or DIR/p/{code}/10/{lot}/ without a GTIN) with its GS1 linkset, and DIR/index.html. Only files whose content changed are rewritten. Copy DIR to the web server of the label address so that every printed QR code opens its page.</source>
        <translation>将消费者溯源网站写入“目录”：每个批次一个页面，位于 目录/01/{gtin}/10/{lot}/（没有 GTIN 时为 目录/p/{code}/10/{lot}/），旁边是它的 GS1 链接集；另有 目录/index.html。只重写内容有变化的文件。把该目录复制到标签地址所在的网站服务器上，每个印出的二维码就能打开对应的页面。</translation>
    </message>
    <message>
        <source>--lang takes zh-CN or en, not %1</source>
        <translation>--lang 需要 zh-CN 或 en，而不是 %1</translation>
    </message>
    <message>
        <source>Exporting pages… %1 / %2</source>
        <translation>正在导出页面… %1 / %2</translation>
    </message>
    <message>
        <source>Skipped batch %1: it has no GS1 or local identifier, so no page address.</source>
        <translation>已跳过批次 %1：它没有 GS1 标识或本地标识，因此没有页面地址。</translation>
    </message>
    <message>
        <source>Warning: the product code or lot of batch %1 holds a character a folder name cannot (/ \ : * ? " &lt; &gt; | %), so its folder keeps the percent-encoded name. Its printed QR code opens the page through `suyuan-cli site serve` or a hub, but not from a plain static web server.</source>
        <translation>警告：批次 %1 的产品编码或批号含有文件夹名称不能使用的字符（/ \ : * ? " &lt; &gt; | %），因此其文件夹保留百分号编码的名称。其印出的二维码可以通过 `suyuan-cli site serve` 或汇聚节点打开页面，但无法从普通的静态网站服务器打开。</translation>
    </message>
    <message>
        <source>Exported %1 batch pages to %2 (the index lists %3).</source>
        <translation>已将 %1 个批次页面导出到 %2（索引列出 %3 个）。</translation>
    </message>
    <message>
        <source>Files written: %1, unchanged: %2; %3 bytes in all, %4 bytes written.</source>
        <translation>写入文件：%1 个，未变：%2 个；共 %3 字节，写入 %4 字节。</translation>
    </message>
    <message>
        <source>Records embedded: %1; attachments embedded: %2, left out: %3.</source>
        <translation>嵌入记录：%1 条；嵌入附件：%2 个，未嵌入：%3 个。</translation>
    </message>
    <message>
        <source>The TCP port (default 8080; 0 picks a free one).</source>
        <translation>TCP 端口（默认 8080；0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1: this computer only; 0.0.0.0 for every network).</source>
        <translation>监听的地址（默认 127.0.0.1：仅限本机；0.0.0.0 表示所有网络）。</translation>
    </message>
    <message>
        <source>Serve an exported site over HTTP for preview: Digital Link paths (with or without a query, with /21/{serial} or not) answer with the batch's page. Runs until stopped.</source>
        <translation>通过 HTTP 提供已导出的网站以便预览：数字链接路径（带或不带查询参数，带或不带 /21/{序列号}）返回对应批次的页面。一直运行到被停止。</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port 需要 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>--bind takes an IP address such as 127.0.0.1, not %1</source>
        <translation>--bind 需要 127.0.0.1 这样的 IP 地址，而不是 %1</translation>
    </message>
    <message>
        <source>Serving %1 at %2 (stop with Ctrl+C).</source>
        <translation>正在 %2 提供 %1（按 Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>site takes export or serve, not %1</source>
        <translation>site 需要 export 或 serve，而不是 %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::BatchDetailWidget</name>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the batch shown before (Alt+Left).</source>
        <translation>返回上一个查看的批次（Alt+左方向键）。</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>批号：</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>产地：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>可用数量：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>持有方：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>记录方</translation>
    </message>
    <message>
        <source>The record's signature and its link in its author's chain, checked on this computer.</source>
        <translation>在本机校验的记录签名及其在作者记录链中的链接。</translation>
    </message>
    <message>
        <source>Genealogy</source>
        <translation>来源与去向</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Click a batch to show it.</source>
        <translation>点击批次即可查看。</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the file in the system's viewer.</source>
        <translation>双击或按回车，用系统程序打开文件。</translation>
    </message>
    <message>
        <source>No batch %1 in this ledger.</source>
        <translation>台账中没有批次 %1。</translation>
    </message>
    <message>
        <source>The batch could not be read: %1</source>
        <translation>无法读取批次：%1</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>无法读取事件：%1</translation>
    </message>
    <message>
        <source>The oldest %1 events are not shown.</source>
        <translation>最早的 %1 个事件未显示。</translation>
    </message>
    <message>
        <source>%1 · lot %2</source>
        <translation>%1 · 批号 %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / 共 %2</translation>
    </message>
    <message>
        <source>RECALLED — do not sell, ship or process this batch.</source>
        <translation>已召回 —— 请勿销售、发货或加工此批次。</translation>
    </message>
    <message>
        <source>Recalled on %1.</source>
        <translation>召回时间：%1。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Recorded as %1 (UTC%2).</source>
        <translation>记录时间为 %1（UTC%2）。</translation>
    </message>
    <message>
        <source>%1 (UTC%2)</source>
        <translation>%1（UTC%2）</translation>
    </message>
    <message>
        <source>%1 (recorded %2, UTC%3)</source>
        <translation>%1（记录为 %2，UTC%3）</translation>
    </message>
    <message>
        <source>Correction of: %1</source>
        <translation>更正：%1</translation>
    </message>
    <message>
        <source>%1 — withdrawn</source>
        <translation>%1 —— 已撤销</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Being checked.</source>
        <translation>正在校验。</translation>
    </message>
    <message>
        <source>Withdrawn by a correction: its quantities and links no longer count.</source>
        <translation>已被更正撤销：其数量和关联不再计入。</translation>
    </message>
    <message>
        <source>✔ Signed</source>
        <translation>✔ 已验证</translation>
    </message>
    <message>
        <source>✘ Invalid</source>
        <translation>✘ 无效</translation>
    </message>
    <message>
        <source>– Not checked</source>
        <translation>– 未校验</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (recalled)</source>
        <translation>%1（已召回）</translation>
    </message>
    <message>
        <source>Upstream: what went into it</source>
        <translation>来源：投入了哪些批次</translation>
    </message>
    <message>
        <source>Downstream: where it went</source>
        <translation>去向：流向了哪里</translation>
    </message>
    <message>
        <source>Nothing: it was harvested or created here.</source>
        <translation>无：该批次在此采收或创建。</translation>
    </message>
    <message>
        <source>Nothing yet: it was not processed or packed.</source>
        <translation>暂无：尚未加工或装箱。</translation>
    </message>
    <message>
        <source>More entries are not shown.</source>
        <translation>更多条目未显示。</translation>
    </message>
    <message>
        <source>%1 is a case or pallet, not a batch.</source>
        <translation>%1 是箱或托盘，不是批次。</translation>
    </message>
    <message>
        <source>%1
%2, %3 bytes
From the event: %4 (%5)</source>
        <translation>%1
%2，%3 字节
来自事件：%4（%5）</translation>
    </message>
    <message>
        <source>No event of this batch names an attachment.</source>
        <translation>此批次的事件均未附带附件。</translation>
    </message>
    <message>
        <source>Double-click a file to open it.</source>
        <translation>双击文件即可打开。</translation>
    </message>
    <message>
        <source>The attachment could not be opened: %1</source>
        <translation>无法打开附件：%1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>No program to open %1; it was saved as %2.</source>
        <translation>没有可打开 %1 的程序；已保存为 %2。</translation>
    </message>
    <message>
        <source>Print &amp;Labels…</source>
        <translation>打印标签(&amp;L)…</translation>
    </message>
    <message>
        <source>QR labels of this batch, signed by this node (Ctrl+P).</source>
        <translation>本批次的二维码标签，由本节点签名（Ctrl+P）。</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::BatchEdit</name>
    <message>
        <source>Lot code, or scan the label</source>
        <translation>批号，或扫描标签</translation>
    </message>
    <message>
        <source>Type a lot code (suggestions appear as you type) or scan a label: a Digital Link or a batch identifier is accepted too.</source>
        <translation>输入批号（输入时会出现建议），或扫描标签；也可输入 Digital Link 或批次标识。</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 available</source>
        <comment>lot — product — quantity</comment>
        <translation>%1 — %2 — 可用 %3</translation>
    </message>
    <message>
        <source>There is no batch %1 in this ledger.</source>
        <translation>本台账中没有批次 %1。</translation>
    </message>
    <message>
        <source>✖ FORGED OR ALTERED LABEL: its signature does not match what it says. Do not accept these goods; set them aside and tell the sender.</source>
        <translation>✖ 伪造或被篡改的标签：签名与标签内容不符。请勿接收这批货物，将其单独存放并通知发货方。</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::BatchTableModel</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用数量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::BatchesPage</name>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Lot, batch ID or product name (Ctrl+F)</source>
        <translation>批号、批次 ID 或产品名称（Ctrl+F）</translation>
    </message>
    <message>
        <source>Finds batches whose lot, batch ID or product name contains this text. A scanned label works too. Enter opens the batch when only one is found.</source>
        <translation>查找批号、批次 ID 或产品名称包含此文字的批次。也可以直接扫描标签。只找到一个批次时，按回车即可打开。</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>The party that holds the batch now (the receiver of its last shipment).</source>
        <translation>当前持有该批次的主体（最近一次发货的收货方）。</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>持有方(&amp;H)：</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Batches created on or after this day. The earliest date means no limit.</source>
        <translation>此日期当天及以后创建的批次。最早的日期表示不限。</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>创建日期从(&amp;F)：</translation>
    </message>
    <message>
        <source>Batches created on or before this day. The earliest date means no limit.</source>
        <translation>此日期当天及以前创建的批次。最早的日期表示不限。</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Newest first pages through every batch. Other orders sort the batches loaded so far.</source>
        <translation>按最新优先排序可逐页浏览全部批次；其他排序只对已加载的批次排序。</translation>
    </message>
    <message>
        <source>Enter or double-click opens the batch.</source>
        <translation>按回车或双击打开批次。</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All holders</source>
        <translation>全部持有方</translation>
    </message>
    <message>
        <source>This node (%1)</source>
        <translation>本节点（%1）</translation>
    </message>
    <message>
        <source>The batches could not be read: %1</source>
        <translation>无法读取批次：%1</translation>
    </message>
    <message>
        <source>No batch matches these filters.</source>
        <translation>没有符合筛选条件的批次。</translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation>还没有批次。</translation>
    </message>
    <message>
        <source>Sorted among the %1 batches loaded so far. Sort by Created (newest first) to page through all of them.</source>
        <translation>仅在已加载的 %1 个批次中排序。按创建时间（最新优先）排序可浏览全部批次。</translation>
    </message>
    <message>
        <source>%1 batches shown; more load as you scroll.</source>
        <translation>已显示 %1 个批次，向下滚动会继续加载。</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>Only at %1.</source>
        <translation>仅限地点：%1。</translation>
    </message>
    <message>
        <source>Only batches with an event of this kind: %1.</source>
        <translation>仅显示有此类事件的批次：%1。</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The ledger is copied under the new passphrase; the old one stops working when the copy is complete. Nothing recorded is lost if this is interrupted.</source>
        <translation>台账将以新密码另存一份；复制完成后旧密码即失效。即使中途被打断，也不会丢失任何已记录的内容。</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>新密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>正在修改密码……</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>当前密码不正确，未做任何修改。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>密码未修改：%1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::CorrectionForm</name>
    <message>
        <source>Processing</source>
        <translation>加工</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>拆箱</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>装箱</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>采收</translation>
    </message>
    <message>
        <source>Field work</source>
        <translation>农事作业</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Lab test</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Correct a mistake</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Records are never deleted. A wrong event is declared wrong: it stays in the history, marked withdrawn, and its quantities and links are taken back. Then record the right event.</source>
        <translation>记录永不删除。错误的事件经声明作废：它仍保留在履历中并标为已撤销，其数量和关联被收回。然后再记录正确的事件。</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>事件(&amp;E)：</translation>
    </message>
    <message>
        <source>The wrong event, by its time and what it recorded</source>
        <translation>错误的事件（按时间和内容）</translation>
    </message>
    <message>
        <source>Its data are wrong (quantity, lot, place …)</source>
        <translation>数据有误（数量、批号、地点等）</translation>
    </message>
    <message>
        <source>It did not happen</source>
        <translation>该事件没有发生</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. 18,500 kg typed instead of 1,850 kg</source>
        <translation>例如 把 1,850 千克误录为 18,500 千克</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>What was wrong, for whoever reads the history later</source>
        <translation>错在哪里，供日后查看履历的人参考</translation>
    </message>
    <message>
        <source>&amp;Declare wrong…</source>
        <translation>声明作废(&amp;D)…</translation>
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
        <translation>请输入或扫描事件有误的批次。</translation>
    </message>
    <message>
        <source>This batch has no event that could be declared wrong.</source>
        <translation>该批次没有可声明作废的事件。</translation>
    </message>
    <message>
        <source>Choose the wrong event.</source>
        <translation>请选择错误的事件。</translation>
    </message>
    <message>
        <source>Declare the event wrong?</source>
        <translation>声明该事件作废？</translation>
    </message>
    <message>
        <source>The %1 of %2 (batch %3) will be declared wrong.

It stays visible in the batch's history, marked withdrawn, and its quantities and links are taken back. The correction is itself a signed record and cannot be taken back.</source>
        <translation>%2 的%1（批次 %3）将被声明作废。

它仍显示在该批次的履历中，标为已撤销，其数量和关联被收回。更正本身也是一条签名记录，无法撤回。</translation>
    </message>
    <message>
        <source>&amp;Declare wrong</source>
        <translation>声明作废(&amp;D)</translation>
    </message>
    <message>
        <source>Correction recorded: the %1 of batch %2 is withdrawn</source>
        <translation>已记录更正：批次 %2 的%1已撤销</translation>
    </message>
    <message>
        <source>Record the right event?</source>
        <translation>记录正确的事件？</translation>
    </message>
    <message>
        <source>The wrong event is withdrawn. Open the form to record what really happened?</source>
        <translation>错误事件已撤销。是否打开表单记录实际发生的情况？</translation>
    </message>
    <message>
        <source>&amp;Open the form</source>
        <translation>打开表单(&amp;O)</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>最近 12 周</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>最近 26 周</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>最近 52 周</translation>
    </message>
    <message>
        <source>How many weeks the chart of batches created per week shows.</source>
        <translation>“每周新建批次”图显示的周数。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the figures from the ledger again (F5).</source>
        <translation>重新从台账读取统计数据（F5）。</translation>
    </message>
    <message>
        <source>&amp;Open recalls</source>
        <translation>未结召回(&amp;O)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有方</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Batch created</source>
        <translation>批次创建时间</translation>
    </message>
    <message>
        <source>Double-click a recalled batch (or press Enter) to open it.</source>
        <translation>双击被召回的批次（或按回车键）查看详情。</translation>
    </message>
    <message>
        <source>Batches per week</source>
        <translation>每周批次</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>Counting… %1%</source>
        <translation>正在统计…… %1%</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>This node</source>
        <translation>本节点</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No batches yet — record a harvest.</source>
        <translation>还没有批次——请先登记一次采收。</translation>
    </message>
    <message>
        <source>Batches created</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>week label on the chart axis</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Batches created per week</source>
        <translation>每周新建批次</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Week of %1: %2 batches created
Click to list them.</source>
        <translation>%1 这一周：新建 %2 个批次
单击列出这些批次。</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>产出</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用数量</translation>
    </message>
    <message>
        <source>Volume by product (%1)</source>
        <translation>各产品数量（%1）</translation>
    </message>
    <message>
        <source>Volume by product (each in its product's unit)</source>
        <translation>各产品数量（按各产品自身的单位）</translation>
    </message>
    <message>
        <source>%1
Produced: %2
Available: %3
Batches: %4
Click to list its batches.</source>
        <translation>%1
产出：%2
可用数量：%3
批次：%4
单击列出该产品的批次。</translation>
    </message>
    <message>
        <source>No events yet — record a harvest.</source>
        <translation>还没有事件——请先登记一次采收。</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>加工</translation>
    </message>
    <message>
        <source>Unpacking</source>
        <translation>拆箱</translation>
    </message>
    <message>
        <source>Packing into cases</source>
        <translation>装箱</translation>
    </message>
    <message>
        <source>Harvests</source>
        <translation>采收</translation>
    </message>
    <message>
        <source>Field work</source>
        <translation>农事作业</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Lab tests</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Destructions</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 events (%3%)</source>
        <translation>%1：%2 个事件（%3%）</translation>
    </message>
    <message>
        <source>Click to list the batches.</source>
        <translation>单击列出相关批次。</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>各类事件</translation>
    </message>
    <message>
        <source>No shipments yet.</source>
        <translation>还没有发货记录。</translation>
    </message>
    <message>
        <source>Shipments by destination</source>
        <translation>按收货方统计发货</translation>
    </message>
    <message>
        <source>%1
%2 shipments, %3
Click to list the batches it holds.</source>
        <translation>%1
发货 %2 次，%3
单击列出其持有的批次。</translation>
    </message>
    <message>
        <source>No open recalls.</source>
        <translation>没有未结的召回。</translation>
    </message>
    <message>
        <source>&amp;Open recalls: none</source>
        <translation>未结召回(&amp;O)：无</translation>
    </message>
    <message>
        <source>Recalled batches</source>
        <translation>被召回批次</translation>
    </message>
    <message>
        <source>Open recalls by holder</source>
        <translation>按持有方统计未结召回</translation>
    </message>
    <message>
        <source>%1 holds %2 recalled batches.
Click to list them.</source>
        <translation>%1 持有 %2 个被召回批次。
单击列出这些批次。</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::EpcisExportDialog</name>
    <message>
        <source>Export EPCIS</source>
        <translation>导出 EPCIS</translation>
    </message>
    <message>
        <source>Which events should the file hold?</source>
        <translation>文件中包含哪些事件？</translation>
    </message>
    <message>
        <source>&amp;All events in the ledger</source>
        <translation>台账中的全部事件(&amp;A)</translation>
    </message>
    <message>
        <source>Events in a &amp;date range</source>
        <translation>某一日期范围内的事件(&amp;D)</translation>
    </message>
    <message>
        <source>Events that happened on these days (local time), the last day included.</source>
        <translation>在这些日期（本地时间）发生的事件，包括最后一天。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>截止日期（含当天）(&amp;T)：</translation>
    </message>
    <message>
        <source>The &amp;genealogy of one batch</source>
        <translation>某一批次的全部上下游(&amp;G)</translation>
    </message>
    <message>
        <source>The batch, every batch it came from or went into, and all their events: what a recall or an auditor asks for.</source>
        <translation>该批次、它的所有来源批次和去向批次，以及这些批次的全部事件：召回或审核时所需的资料。</translation>
    </message>
    <message>
        <source>Lot, batch id or scanned label</source>
        <translation>批号、批次标识或扫描标签</translation>
    </message>
    <message>
        <source>Type the lot code, or scan the QR label of the batch.</source>
        <translation>输入批号，或扫描该批次的二维码标签。</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>%1, lot %2, %3 produced</source>
        <translation>%1，批号 %2，产出 %3</translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <source>Enter the lot of the batch.</source>
        <translation>请输入批次的批号。</translation>
    </message>
    <message>
        <source>The ledger holds no batch “%1”.</source>
        <translation>台账中没有批次“%1”。</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ExchangeActions</name>
    <message>
        <source>&amp;Import EPCIS…</source>
        <translation>导入 EPCIS(&amp;I)…</translation>
    </message>
    <message>
        <source>Read the events of an EPCIS 2.0 JSON file into the ledger.</source>
        <translation>将 EPCIS 2.0 JSON 文件中的事件读入台账。</translation>
    </message>
    <message>
        <source>&amp;Export EPCIS…</source>
        <translation>导出 EPCIS(&amp;E)…</translation>
    </message>
    <message>
        <source>Write all events, a date range or one batch's genealogy to an EPCIS 2.0 JSON file.</source>
        <translation>将全部事件、某一日期范围的事件或某一批次的上下游写入 EPCIS 2.0 JSON 文件。</translation>
    </message>
    <message>
        <source>Import &amp;harvests from CSV…</source>
        <translation>从 CSV 导入采收记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Create batches from a spreadsheet saved as CSV; every row is checked before anything is stored.</source>
        <translation>根据另存为 CSV 的电子表格创建批次；保存前会逐行检查。</translation>
    </message>
    <message>
        <source>Save the CSV &amp;template…</source>
        <translation>保存 CSV 模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save a spreadsheet with the columns the harvest import reads and a few example rows.</source>
        <translation>保存一份电子表格，包含采收导入所读取的各列和几行示例。</translation>
    </message>
    <message>
        <source>&amp;Recall report…</source>
        <translation>召回报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a PDF and a CSV listing a batch, everything made from it, and who holds it now.</source>
        <translation>生成 PDF 和 CSV，列出某一批次、由它加工出的全部批次及其当前持有方。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Object events (harvest, observation, shipping …)</source>
        <translation>对象事件（采收、农事与检测、发货等）</translation>
    </message>
    <message>
        <source>Aggregation events (packing, unpacking)</source>
        <translation>聚合事件（装箱、拆箱）</translation>
    </message>
    <message>
        <source>Transformation events (processing)</source>
        <translation>转换事件（加工）</translation>
    </message>
    <message>
        <source>Transaction events</source>
        <translation>交易事件</translation>
    </message>
    <message>
        <source>Association events</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <source>Import EPCIS</source>
        <translation>导入 EPCIS</translation>
    </message>
    <message>
        <source>EPCIS documents (*.json *.jsonld);;All files (*)</source>
        <translation>EPCIS 文档 (*.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>正在检查并导入 %1…</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing was stored.</source>
        <translation>%1 未导入：没有保存任何内容。</translation>
    </message>
    <message>
        <source>EPCIS import failed: nothing was stored.</source>
        <translation>EPCIS 导入失败：没有保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing new in %1: all %2 events were in the ledger already.</source>
        <translation>%1 中没有新内容：全部 %2 个事件已在台账中。</translation>
    </message>
    <message>
        <source>Imported %1 events from %2.</source>
        <translation>已从 %2 导入 %1 个事件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 events were in the ledger already and were skipped.</source>
        <translation>%1 个事件已在台账中，已跳过。</translation>
    </message>
    <message>
        <source>%1 events came without an eventID and were given one.</source>
        <translation>%1 个事件没有 eventID，已为其生成。</translation>
    </message>
    <message>
        <source>%1 events were given the namespace definitions (@context) of the document.</source>
        <translation>%1 个事件已加入文档的命名空间定义（@context）。</translation>
    </message>
    <message>
        <source>EPCIS import: %1 events stored.</source>
        <translation>EPCIS 导入：已保存 %1 个事件。</translation>
    </message>
    <message>
        <source>epcis-%1.json</source>
        <translation>EPCIS-%1.json</translation>
    </message>
    <message>
        <source>Export EPCIS</source>
        <translation>导出 EPCIS</translation>
    </message>
    <message>
        <source>EPCIS documents (*.json *.jsonld)</source>
        <translation>EPCIS 文档 (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation>正在将事件导出到 %1…</translation>
    </message>
    <message>
        <source>Writing events: %1 of %2</source>
        <translation>正在写入事件：%1 / %2</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：没有写入文件。</translation>
    </message>
    <message>
        <source>The events were not exported: no file was written.</source>
        <translation>事件未导出：没有写入文件。</translation>
    </message>
    <message>
        <source>EPCIS export failed.</source>
        <translation>EPCIS 导出失败。</translation>
    </message>
    <message>
        <source>Exported %1 events (%2) to %3.</source>
        <translation>已将 %1 个事件（%2）导出到 %3。</translation>
    </message>
    <message>
        <source>EPCIS export: %1 events written to %2.</source>
        <translation>EPCIS 导出：已将 %1 个事件写入 %2。</translation>
    </message>
    <message>
        <source>Import harvests from CSV</source>
        <translation>从 CSV 导入采收记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Checking rows: %1 of %2</source>
        <translation>正在检查行：%1 / %2</translation>
    </message>
    <message>
        <source>CSV import cancelled: nothing was stored.</source>
        <translation>CSV 导入已取消：没有保存任何内容。</translation>
    </message>
    <message>
        <source>%1 could not be read: nothing was stored.</source>
        <translation>无法读取 %1：没有保存任何内容。</translation>
    </message>
    <message>
        <source>%1 has %2 problems: nothing was stored.</source>
        <translation>%1 有 %2 处问题：没有保存任何内容。</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing was stored. Correct these rows in the spreadsheet, save it as CSV again and import it once more.</source>
        <translation>%1 未导入：没有保存任何内容。请在电子表格中更正以下各行，重新另存为 CSV 后再导入。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rows are numbered as in the spreadsheet: the header is row 1.</source>
        <translation>行号与电子表格一致：表头为第 1 行。</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
    <message>
        <source>The first %1 of %2 problems are listed.</source>
        <translation>共 %2 处问题，仅列出前 %1 处。</translation>
    </message>
    <message>
        <source>Save the &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>A spreadsheet with the columns the import reads and a few example rows to overwrite.</source>
        <translation>一份电子表格，包含导入所读取的各列和几行可覆盖的示例。</translation>
    </message>
    <message>
        <source>Import 1 batch?</source>
        <translation>导入 1 个批次？</translation>
    </message>
    <message>
        <source>Import %1 batches?</source>
        <translation>导入 %1 个批次？</translation>
    </message>
    <message>
        <source>Every row of %1 was checked.
Lots: %2</source>
        <translation>%1 的每一行都已检查。
批号：%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between lot codes</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Imported 1 batch from %1.</source>
        <translation>已从 %1 导入 1 个批次。</translation>
    </message>
    <message>
        <source>Imported %1 batches from %2.</source>
        <translation>已从 %2 导入 %1 个批次。</translation>
    </message>
    <message>
        <source>Their harvests are recorded and signed; the batches are in the batch list.</source>
        <translation>采收记录已登记并签名；这些批次已在批次列表中。</translation>
    </message>
    <message>
        <source>CSV import: %1 batches created.</source>
        <translation>CSV 导入：已创建 %1 个批次。</translation>
    </message>
    <message>
        <source>Save the CSV template</source>
        <translation>保存 CSV 模板</translation>
    </message>
    <message>
        <source>harvest-template.csv</source>
        <translation>采收导入模板.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>模板未保存。</translation>
    </message>
    <message>
        <source>Template saved to %1. Fill in one row per batch, save as CSV and import it.</source>
        <translation>模板已保存到 %1。每个批次填写一行，另存为 CSV 后导入。</translation>
    </message>
    <message>
        <source>Recall report</source>
        <translation>召回报告</translation>
    </message>
    <message>
        <source>&amp;Lot of the batch (or scan its label):</source>
        <translation>批次的批号（或扫描其标签）(&amp;L)：</translation>
    </message>
    <message>
        <source>The ledger holds no batch “%1”.</source>
        <translation>台账中没有批次“%1”。</translation>
    </message>
    <message>
        <source>recall-%1.pdf</source>
        <translation>召回报告-%1.pdf</translation>
    </message>
    <message>
        <source>PDF and CSV (*.pdf)</source>
        <translation>PDF 和 CSV (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the recall report of lot %1…</source>
        <translation>正在生成批号 %1 的召回报告…</translation>
    </message>
    <message>
        <source>The recall report of lot %1 was not written.</source>
        <translation>批号 %1 的召回报告未能生成。</translation>
    </message>
    <message>
        <source>Recall report of lot %1: no other batch was made from it.</source>
        <translation>批号 %1 的召回报告：没有由它加工出的其他批次。</translation>
    </message>
    <message>
        <source>Recall report of lot %1: %2 batches affected.</source>
        <translation>批号 %1 的召回报告：涉及 %2 个批次。</translation>
    </message>
    <message>
        <source>PDF: %1
CSV: %2</source>
        <translation>PDF：%1
CSV：%2</translation>
    </message>
    <message>
        <source>Recall report written to %1.</source>
        <translation>召回报告已写入 %1。</translation>
    </message>
    <message>
        <source>Checking events: %1 of %2</source>
        <translation>正在检查事件：%1 / %2</translation>
    </message>
    <message>
        <source>EPCIS import cancelled: nothing was stored.</source>
        <translation>EPCIS 导入已取消：未保存任何内容。</translation>
    </message>
    <message>
        <source>Export consumer &amp;site…</source>
        <translation>导出消费者查询网站(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the web pages the QR labels open: each batch's history, checked in the consumer's browser.</source>
        <translation>生成扫描二维码后打开的网页：每个批次的溯源记录，由消费者的浏览器自行核验。</translation>
    </message>
    <message>
        <source>Export consumer site</source>
        <translation>导出消费者查询网站</translation>
    </message>
    <message>
        <source>The label base address is still the example %1: the pages would not be where printed labels point.</source>
        <translation>标签网址仍是示例网址 %1：导出的网页不会位于已打印标签所指向的位置。</translation>
    </message>
    <message>
        <source>Set your web address in Settings, under Labels, then print labels and export the site. Export to look at the pages anyway?</source>
        <translation>请先在“设置”的“标签”中设置您的网址，再打印标签并导出网站。仍要导出以便查看网页吗？</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>仍然导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose the folder for the consumer site</source>
        <translation>选择消费者查询网站的文件夹</translation>
    </message>
    <message>
        <source>Exporting the consumer site to %1…</source>
        <translation>正在把消费者查询网站导出到 %1…</translation>
    </message>
    <message>
        <source>Writing batch pages: %1 of %2</source>
        <translation>正在生成批次网页：第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Site export cancelled: the pages written so far are complete; run it again to finish.</source>
        <translation>网站导出已取消：已生成的网页都是完整的；再次导出即可完成其余部分。</translation>
    </message>
    <message>
        <source>The consumer site was not exported.</source>
        <translation>消费者查询网站未导出。</translation>
    </message>
    <message>
        <source>Site export failed.</source>
        <translation>网站导出失败。</translation>
    </message>
    <message>
        <source>%1 files written, %2 unchanged (%3 in all).</source>
        <translation>写入 %1 个文件，%2 个未变（共 %3）。</translation>
    </message>
    <message>
        <source>Open %1 to look at the pages, then copy the folder to the web host at %2.</source>
        <translation>打开 %1 即可查看网页，然后把整个文件夹复制到 %2 所在的网站服务器。</translation>
    </message>
    <message>
        <source>%1 attachments were too large for their page and are listed there as not included.</source>
        <translation>%1 个附件太大，未放入网页，网页中注明“未包含”。</translation>
    </message>
    <message>
        <source>%1 batches have no label address (no GTIN or product code with a lot) and got no page.</source>
        <translation>%1 个批次没有标签地址（缺少商品条码或产品代码及批号），未生成网页。</translation>
    </message>
    <message>
        <source>Exported the pages of %1 batches to %2.</source>
        <translation>已把 %1 个批次的网页导出到 %2。</translation>
    </message>
    <message>
        <source>Consumer site: %1 batch pages in %2.</source>
        <translation>消费者查询网站：%2 中有 %1 个批次网页。</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::FieldWorkForm</name>
    <message>
        <source>Field work</source>
        <translation>农事作业</translation>
    </message>
    <message>
        <source>Work on a plot: fertilising, plant protection, irrigation … The batches later harvested there show it in their history.</source>
        <translation>地块上的作业：施肥、植保、灌溉等。之后在该地块采收的批次会在履历中显示。</translation>
    </message>
    <message>
        <source>P&amp;lot:</source>
        <translation>地块(&amp;L)：</translation>
    </message>
    <message>
        <source>The plot worked on; the farm plots come first</source>
        <translation>作业的地块；地块排在前面</translation>
    </message>
    <message>
        <source>Fertilising</source>
        <translation>施肥</translation>
    </message>
    <message>
        <source>Plant protection (spraying)</source>
        <translation>植保（施药）</translation>
    </message>
    <message>
        <source>Irrigation</source>
        <translation>灌溉</translation>
    </message>
    <message>
        <source>Weeding</source>
        <translation>除草</translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation>修剪</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>作业类型(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. 有机肥 / 阿维菌素 PD20080123</source>
        <translation>例如 有机肥 / 阿维菌素 PD20080123</translation>
    </message>
    <message>
        <source>&amp;Input used:</source>
        <translation>投入品(&amp;I)：</translation>
    </message>
    <message>
        <source>The fertiliser or pesticide used: its name and registration number</source>
        <translation>使用的肥料或农药：名称及登记证号</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>用量(&amp;D)：</translation>
    </message>
    <message>
        <source>How much of the input, in the unit on the right</source>
        <translation>投入品用量，单位见右侧</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Safety interval:</source>
        <translation>安全间隔期(&amp;S)：</translation>
    </message>
    <message>
        <source>Pre-harvest interval of a pesticide (安全间隔期): days to wait before harvesting</source>
        <translation>农药的安全间隔期：施药后到采收前须等待的天数</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>When the work was done (local time)</source>
        <translation>作业时间（本地时间）</translation>
    </message>
    <message>
        <source>&amp;Record field work</source>
        <translation>记录农事(&amp;R)</translation>
    </message>
    <message>
        <source>There are no locations yet: add the plot under Master data first.</source>
        <translation>还没有地点：请先在“主数据”中添加地块。</translation>
    </message>
    <message>
        <source>Fertilising and plant protection need the product used.</source>
        <translation>施肥和植保须填写所用投入品。</translation>
    </message>
    <message>
        <source>The dose must be a number above zero.</source>
        <translation>用量必须是大于零的数字。</translation>
    </message>
    <message>
        <source>Type the dose.</source>
        <translation>请输入用量。</translation>
    </message>
    <message>
        <source>Field work recorded: %1 on %2</source>
        <translation>已记录农事：%2 %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::FirstRunDialog</name>
    <message>
        <source>The profile will be stored in %1</source>
        <translation>档案将保存在 %1</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>密码太短：请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Create Profile</source>
        <translation>创建档案(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>“%1” does not occur in a unified social credit code (digits and capital letters except I, O, S, V and Z).</source>
        <translation>统一社会信用代码中不会出现“%1”（只用数字和除 I、O、S、V、Z 以外的大写字母）。</translation>
    </message>
    <message>
        <source>The check character does not match: after these 17 characters it would be “%1”. Look for a typing error.</source>
        <translation>校验码不符：按前 17 位计算应为“%1”。请检查是否输错。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码为 18 位，此处为 %1 位。</translation>
    </message>
    <message>
        <source>Weak: it contains a common word or sequence, such as “1234” or “password”.</source>
        <translation>弱：含有常见单词或序列，例如“1234”或“password”。</translation>
    </message>
    <message>
        <source>Weak: it contains the name of your organisation.</source>
        <translation>弱：含有本单位的名称。</translation>
    </message>
    <message>
        <source>Weak: it repeats too few different characters.</source>
        <translation>弱：重复的字符太多，不同字符太少。</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>太短：至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Weak: make it longer, or mix letters, digits and symbols.</source>
        <translation>弱：请加长，或混合使用字母、数字和符号。</translation>
    </message>
    <message>
        <source>Fair: another word or two would make it strong.</source>
        <translation>中：再加一两个词就很强了。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Entity code: %1</source>
        <translation>主体码：%1</translation>
    </message>
    <message>
        <source>none (can be added later)</source>
        <translation>无（可以以后补充）</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Creating the profile and deriving its key…</source>
        <translation>正在创建档案并生成密钥……</translation>
    </message>
    <message>
        <source>Filling in the demo data…</source>
        <translation>正在填入演示数据……</translation>
    </message>
    <message>
        <source>The profile was created, but not everything went in: %1</source>
        <translation>档案已创建，但部分数据未能写入：%1</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::HarvestForm</name>
    <message>
        <source>Harvest / new batch</source>
        <translation>采收/新建批次</translation>
    </message>
    <message>
        <source>A new batch enters the ledger: what was harvested, its lot code, how much and where. The lot code goes on the label.</source>
        <translation>新批次记入台账：采收了什么、批号、数量和地点。批号将印在标签上。</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>The product of the new batch (Master data)</source>
        <translation>新批次的产品（见主数据）</translation>
    </message>
    <message>
        <source>e.g. FJ-251205-SM</source>
        <translation>例如 FJ-251205-SM</translation>
    </message>
    <message>
        <source>&amp;Lot code:</source>
        <translation>批号(&amp;L)：</translation>
    </message>
    <message>
        <source>The batch/lot number printed on the label (GS1 AI 10): up to 20 letters, digits and - . / _ ; no spaces or Chinese characters.</source>
        <translation>印在标签上的批号（GS1 AI 10）：最多 20 个字母、数字及 - . / _ 等符号；不能有空格或汉字。</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>例如 1200</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>How much was harvested, in the unit on the right (the product's unit by default)</source>
        <translation>采收数量，单位见右侧（默认为产品的单位）</translation>
    </message>
    <message>
        <source>Pl&amp;ot:</source>
        <translation>地块(&amp;O)：</translation>
    </message>
    <message>
        <source>Where it was harvested; the farm plots come first</source>
        <translation>采收地点；地块排在前面</translation>
    </message>
    <message>
        <source>Harvest t&amp;ime:</source>
        <translation>采收时间(&amp;I)：</translation>
    </message>
    <message>
        <source>When it was harvested (local time)</source>
        <translation>采收时间（本地时间）</translation>
    </message>
    <message>
        <source>e.g. 纽荷尔 Newhall</source>
        <translation>例如 纽荷尔</translation>
    </message>
    <message>
        <source>&amp;Variety:</source>
        <translation>品种(&amp;V)：</translation>
    </message>
    <message>
        <source>e.g. 绿色食品, GAP</source>
        <translation>例如 绿色食品，GAP</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>认证(&amp;C)：</translation>
    </message>
    <message>
        <source>Certifications of the harvest (green food, organic, GAP …), separated by commas</source>
        <translation>本次采收的认证（绿色食品、有机、GAP 等），用逗号分隔</translation>
    </message>
    <message>
        <source>Cou&amp;ntry of origin:</source>
        <translation>原产国(&amp;N)：</translation>
    </message>
    <message>
        <source>Two-letter ISO country code (CN for China)</source>
        <translation>两个字母的 ISO 国家代码（中国为 CN）</translation>
    </message>
    <message>
        <source>&amp;Record harvest</source>
        <translation>记录采收(&amp;R)</translation>
    </message>
    <message>
        <source>There are no products yet: add one under Master data first.</source>
        <translation>还没有产品：请先在“主数据”中添加。</translation>
    </message>
    <message>
        <source>Type the lot code.</source>
        <translation>请输入批号。</translation>
    </message>
    <message>
        <source>Batch %1 of this product exists already; choose another lot code.</source>
        <translation>该产品的批次 %1 已存在；请换一个批号。</translation>
    </message>
    <message>
        <source>Type the quantity harvested.</source>
        <translation>请输入采收数量。</translation>
    </message>
    <message>
        <source>The quantity must be a number above zero.</source>
        <translation>数量必须是大于零的数字。</translation>
    </message>
    <message>
        <source>Use the two capital letters of the country (CN).</source>
        <translation>请使用两个大写字母的国家代码（CN）。</translation>
    </message>
    <message>
        <source>Harvest recorded: batch %1</source>
        <translation>已记录采收：批次 %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::InspectionForm</name>
    <message>
        <source>Residue / content</source>
        <translation>残留/含量</translation>
    </message>
    <message>
        <source>Ratio / index</source>
        <translation>比值/指数</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Relative humidity</source>
        <translation>相对湿度</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Length / size</source>
        <translation>长度/尺寸</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数目</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>Volume fraction</source>
        <translation>体积分数</translation>
    </message>
    <message>
        <source>milligram per kilogram (mg/kg)</source>
        <translation>毫克每千克（mg/kg）</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>degree Celsius</source>
        <translation>摄氏度</translation>
    </message>
    <message>
        <source>gram</source>
        <translation>克</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>millimetre</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>UN/ECE Rec 20 unit code: NA = mg/kg, P1 = %, CEL = °C</source>
        <translation>UN/ECE 第 20 号建议书单位代码：NA = mg/kg，P1 = %，CEL = °C</translation>
    </message>
    <message>
        <source>Inspection / lab test</source>
        <translation>检验/检测</translation>
    </message>
    <message>
        <source>The result of an inspection or a laboratory test of a batch, with the measured values and the report attached.</source>
        <translation>批次的检验或实验室检测结果，含测定值并附报告。</translation>
    </message>
    <message>
        <source>I&amp;nspection</source>
        <translation>检验(&amp;N)</translation>
    </message>
    <message>
        <source>Lab &amp;test (with measured results)</source>
        <translation>检测(&amp;T)（有测定结果）</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>Passed (conformant)</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed (non-conformant)</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>无结论</translation>
    </message>
    <message>
        <source>Verdi&amp;ct:</source>
        <translation>结论(&amp;C)：</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测定项目</translation>
    </message>
    <message>
        <source>What</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>测定值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限量</translation>
    </message>
    <message>
        <source>Add r&amp;esult</source>
        <translation>添加结果(&amp;E)</translation>
    </message>
    <message>
        <source>Measured results:</source>
        <translation>测定结果：</translation>
    </message>
    <message>
        <source>Each value measured, e.g. a pesticide residue in mg/kg with its legal limit</source>
        <translation>每项测定值，例如农药残留（mg/kg）及其法定限量</translation>
    </message>
    <message>
        <source>Ins&amp;pector / laboratory:</source>
        <translation>检验员/检测机构(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. CQAQ-2025-12-0412</source>
        <translation>例如 CQAQ-2025-12-0412</translation>
    </message>
    <message>
        <source>Certificate&amp;s:</source>
        <translation>合格证/证书(&amp;S)：</translation>
    </message>
    <message>
        <source>Numbers of the certificates or reports issued, separated by commas</source>
        <translation>出具的合格证或报告编号，用逗号分隔</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>附加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Attach the lab report, a certificate or a photo (up to 32 MiB each); it is stored signed and encrypted with the record.</source>
        <translation>附加检测报告、证书或照片（每个最大 32 MiB）；与记录一起签名并加密保存。</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>When the inspection or sampling took place (local time)</source>
        <translation>检验或抽样时间（本地时间）</translation>
    </message>
    <message>
        <source>&amp;Record result</source>
        <translation>记录结果(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. 毒死蜱残留</source>
        <translation>例如 毒死蜱残留</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The legal or contractual limit, if there is one</source>
        <translation>法定或合同规定的限量（如有）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file name (size)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Reports and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>报告和照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Type or scan the batch inspected.</source>
        <translation>请输入或扫描受检批次。</translation>
    </message>
    <message>
        <source>A lab test needs at least one measured result: Add result.</source>
        <translation>检测至少需要一项测定结果：请点“添加结果”。</translation>
    </message>
    <message>
        <source>Row %1: type the measured value.</source>
        <translation>第 %1 行：请输入测定值。</translation>
    </message>
    <message>
        <source>Row %1: the value must be a number.</source>
        <translation>第 %1 行：测定值必须是数字。</translation>
    </message>
    <message>
        <source>Row %1: the limit must be a number (or left empty).</source>
        <translation>第 %1 行：限量必须是数字（或留空）。</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 an attachment may have.</source>
        <translation>%1 超过了附件的大小上限 %2。</translation>
    </message>
    <message>
        <source>Lab test recorded: batch %1</source>
        <translation>已记录检测：批次 %1</translation>
    </message>
    <message>
        <source>Inspection recorded: batch %1</source>
        <translation>已记录检验：批次 %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::MainWindow</name>
    <message>
        <source>%1 — Suyuan</source>
        <comment>window title: organisation — application</comment>
        <translation>%1 — 溯源</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>台账(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Verify Ledger</source>
        <translation>核验台账(&amp;V)</translation>
    </message>
    <message>
        <source>Check every record's signature and every author's chain.</source>
        <translation>核验每条记录的签名和每个签名方的记录链。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Suyuan</source>
        <translation>关于溯源(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>This node</source>
        <translation>本节点</translation>
    </message>
    <message>
        <source>Node ID: the fingerprint of this node's public signing key</source>
        <translation>节点编号：本节点签名公钥的指纹</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the node ID to the clipboard</source>
        <translation>把节点编号复制到剪贴板</translation>
    </message>
    <message>
        <source>Partners add this node by its ID. The last character is a check character, so a mistyped ID is caught.</source>
        <translation>合作方凭此编号添加本节点。最后一个字符是校验位，输错时能被发现。</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录数：</translation>
    </message>
    <message>
        <source>Last audit:</source>
        <translation>上次审计：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>档案：%1</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>节点编号：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录：%1 条</translation>
    </message>
    <message>
        <source>Last audit: unknown</source>
        <translation>上次审计：未知</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未审计</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在核验……</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 / %2 条记录</translation>
    </message>
    <message>
        <source>The audit could not run: %1</source>
        <translation>审计无法进行：%1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 条。</translation>
    </message>
    <message>
        <source>Node ID copied to the clipboard.</source>
        <translation>节点编号已复制到剪贴板。</translation>
    </message>
    <message>
        <source>About Suyuan</source>
        <translation>关于溯源</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Suyuan %1&lt;/h3&gt;&lt;p&gt;A traceability ledger for farm cooperatives, processors and warehouses.&lt;/p&gt;&lt;p&gt;Every record is signed by the node that made it and kept in an encrypted, append-only ledger.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;溯源 %1&lt;/h3&gt;&lt;p&gt;面向合作社、加工厂和仓库的农产品溯源台账。&lt;/p&gt;&lt;p&gt;每条记录都由产生它的节点签名，并保存在加密、只增不改的台账中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Last audit: never</source>
        <translation>上次审计：从未审计</translation>
    </message>
    <message>
        <source>Last audit: clean</source>
        <translation>上次审计：无问题</translation>
    </message>
    <message>
        <source>Last audit: problems found (%1)</source>
        <translation>上次审计：发现问题（%1 个）</translation>
    </message>
    <message>
        <source>%1 — clean; records checked: %2</source>
        <translation>%1 — 无问题；已检查 %2 条记录</translation>
    </message>
    <message>
        <source>%1 — problems found: %2; records checked: %3</source>
        <translation>%1 — 发现问题 %2 个；已检查 %3 条记录</translation>
    </message>
    <message>
        <source>Bringing the batch tables up to date…</source>
        <translation>正在更新批次数据表……</translation>
    </message>
    <message>
        <source>Suyuan</source>
        <translation>溯源</translation>
    </message>
    <message>
        <source>The batch tables could not be opened: %1</source>
        <translation>无法打开批次数据表：%1</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Hide the ledger until the passphrase is entered again.</source>
        <translation>隐藏台账内容，直到再次输入密码。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>Suyuan is locked</source>
        <translation>溯源已锁定</translation>
    </message>
    <message>
        <source>The window stays locked until the passphrase is entered. Quit Suyuan?</source>
        <translation>输入密码之前窗口保持锁定。要退出溯源吗？</translation>
    </message>
    <message>
        <source>Waiting for the audit to finish (or cancel it).</source>
        <translation>等待核验完成（或取消核验）。</translation>
    </message>
    <message>
        <source>Waiting for the import or export to finish.</source>
        <translation>等待导入或导出完成。</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>修改密码(&amp;P)……</translation>
    </message>
    <message>
        <source>Close the ledger, give it a new passphrase and open it again.</source>
        <translation>关闭台账，设置新密码后重新打开。</translation>
    </message>
    <message>
        <source>S&amp;witch Profile…</source>
        <translation>切换档案(&amp;W)……</translation>
    </message>
    <message>
        <source>Open another profile (another organisation's ledger), or create one in an empty folder.</source>
        <translation>打开另一个档案（另一家单位的台账），或在空文件夹中新建档案。</translation>
    </message>
    <message>
        <source>Choose the profile folder (an empty folder makes a new profile)</source>
        <translation>选择档案文件夹（选择空文件夹即新建档案）</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::MasterDataPage</name>
    <message>
        <source>Master data</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <source>Products, parties and locations that batches and events refer to. Saving a change records a new version; earlier versions stay in the ledger (History).</source>
        <translation>批次和事件所引用的产品、主体和地点。保存修改会记录一个新版本，以前的版本仍保留在台账中（见“历史”）。</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;arties</source>
        <translation>主体(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Clear the form to enter a new entry.</source>
        <translation>清空表单，录入新条目。</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)……</translation>
    </message>
    <message>
        <source>Every version of the selected entry, newest first.</source>
        <translation>所选条目的全部版本，最新的在前。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Record this entry in the ledger, signed by this node (Enter).</source>
        <translation>将此条目记入台账，由本节点签名（回车键）。</translation>
    </message>
    <message>
        <source>Use 1–40 lower-case letters, digits, "-", "_" or ".", starting with a letter or digit (e.g. fengjie-coop).</source>
        <translation>请使用 1–40 个小写字母、数字、“-”、“_”或“.”，以字母或数字开头（例如 fengjie-coop）。</translation>
    </message>
    <message>
        <source>A GLN has exactly 13 digits.</source>
        <translation>GLN 必须正好是 13 位数字。</translation>
    </message>
    <message>
        <source>The check digit is wrong: it should be %1.</source>
        <translation>校验位不正确：应为 %1。</translation>
    </message>
    <message>
        <source>Enter a name in Chinese or English.</source>
        <translation>请输入中文或英文名称。</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>GTIN / local code</source>
        <translation>GTIN / 本地编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 奉节脐橙</source>
        <translation>例如：奉节脐橙</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. Fengjie navel orange</source>
        <translation>例如：Fengjie navel orange</translation>
    </message>
    <message>
        <source>&amp;GTIN:</source>
        <translation>GTIN(&amp;G)：</translation>
    </message>
    <message>
        <source>The product's GS1 trade item number: 8, 12, 13 or 14 digits ending in a check digit, as under its barcode. Leave it empty for a product without one.</source>
        <translation>产品的 GS1 商品条码（GTIN）：8、12、13 或 14 位数字，最后一位是校验位，即条码下方的数字。没有条码的产品请留空。</translation>
    </message>
    <message>
        <source>optional, e.g. 6937651000114</source>
        <translation>可选，例如 6937651000114</translation>
    </message>
    <message>
        <source>Local c&amp;ode:</source>
        <translation>本地编码(&amp;O)：</translation>
    </message>
    <message>
        <source>For a product without a GTIN: your own short code, used in its batch numbers (letters, digits, "-", "_", "."; up to 20).</source>
        <translation>用于没有 GTIN 的产品：您自己定的简短编码，会出现在批次编号中（字母、数字、“-”、“_”、“.”，最多 20 个字符）。</translation>
    </message>
    <message>
        <source>needed without a GTIN, e.g. QCT-FL</source>
        <translation>没有 GTIN 时必填，例如 QCT-FL</translation>
    </message>
    <message>
        <source>Fruit</source>
        <translation>水果</translation>
    </message>
    <message>
        <source>Vegetable</source>
        <translation>蔬菜</translation>
    </message>
    <message>
        <source>Processed vegetable</source>
        <translation>蔬菜制品</translation>
    </message>
    <message>
        <source>Spice</source>
        <translation>香辛料</translation>
    </message>
    <message>
        <source>Grain</source>
        <translation>粮食</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>茶叶</translation>
    </message>
    <message>
        <source>Meat</source>
        <translation>肉类</translation>
    </message>
    <message>
        <source>Aquatic product</source>
        <translation>水产品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>unit code — unit name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Default &amp;unit:</source>
        <translation>默认单位(&amp;U)：</translation>
    </message>
    <message>
        <source>The unit batches of this product are counted in unless a batch says otherwise (UN/ECE Recommendation 20 codes).</source>
        <translation>此产品的批次默认使用的计量单位（联合国欧洲经委会第 20 号建议书代码），个别批次可另行指定。</translation>
    </message>
    <message>
        <source>New product. The GTIN or local code cannot be changed once saved.</source>
        <translation>新产品。保存后不能再修改 GTIN 或本地编码。</translation>
    </message>
    <message>
        <source>Editing %1. Saving records a new version.</source>
        <translation>正在编辑：%1。保存将记录一个新版本。</translation>
    </message>
    <message>
        <source>Enter a GTIN, or a local code for a product without one.</source>
        <translation>请输入 GTIN；没有 GTIN 的产品请输入本地编码。</translation>
    </message>
    <message>
        <source>Use up to 20 letters, digits, "-", "_" or ".", starting with a letter or digit.</source>
        <translation>请使用最多 20 个字母、数字、“-”、“_”或“.”，以字母或数字开头。</translation>
    </message>
    <message>
        <source>This product exists already: select it in the list to edit it.</source>
        <translation>该产品已存在：请在列表中选中它进行编辑。</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>Product saved: %1</source>
        <translation>产品已保存：%1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>Entity code</source>
        <translation>主体码</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>registered name, e.g. 奉节县鑫橙脐橙专业合作社</source>
        <translation>登记名称，例如：奉节县鑫橙脐橙专业合作社</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <source>A short code that names this party in every record (e.g. fengjie-coop). It cannot be changed once saved.</source>
        <translation>在每条记录中代表此主体的简短代码（例如 fengjie-coop）。保存后不能修改。</translation>
    </message>
    <message>
        <source>Farm</source>
        <translation>农场</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>合作社</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>加工企业</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流企业</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>零售商</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>进口商</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;GLN:</source>
        <translation>GLN(&amp;G)：</translation>
    </message>
    <message>
        <source>GS1 Global Location Number of the organisation: 13 digits ending in a check digit. Optional.</source>
        <translation>该单位的 GS1 全球位置码（GLN）：13 位数字，最后一位是校验位。可选。</translation>
    </message>
    <message>
        <source>optional, 13 digits</source>
        <translation>可选，13 位数字</translation>
    </message>
    <message>
        <source>Entity c&amp;ode:</source>
        <translation>主体码(&amp;O)：</translation>
    </message>
    <message>
        <source>The entity code of the traceability platform, usually the unified social credit code (18 characters). Optional.</source>
        <translation>追溯平台的主体码，通常为统一社会信用代码（18 位）。可选。</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile / phone:</source>
        <translation>手机/电话(&amp;M)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New party.</source>
        <translation>新主体。</translation>
    </message>
    <message>
        <source>Enter a key, a short code such as fengjie-coop.</source>
        <translation>请输入代码，即一个简短编码，例如 fengjie-coop。</translation>
    </message>
    <message>
        <source>This key is taken: select the party in the list to edit it.</source>
        <translation>此代码已被使用：请在列表中选中该主体进行编辑。</translation>
    </message>
    <message>
        <source>Party saved: %1</source>
        <translation>主体已保存：%1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>e.g. 石马村脐橙园 3 号地块</source>
        <translation>例如：石马村脐橙园 3 号地块</translation>
    </message>
    <message>
        <source>A short code that names this location in every record (e.g. fj-plot-shima). It cannot be changed once saved.</source>
        <translation>在每条记录中代表此地点的简短代码（例如 fj-plot-shima）。保存后不能修改。</translation>
    </message>
    <message>
        <source>Farm plot</source>
        <translation>地块</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Processing site</source>
        <translation>加工场所</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Operated &amp;by:</source>
        <translation>运营主体(&amp;B)：</translation>
    </message>
    <message>
        <source>The party that runs this location. Optional.</source>
        <translation>经营此地点的主体。可选。</translation>
    </message>
    <message>
        <source>GS1 Global Location Number of the site: 13 digits ending in a check digit. Optional.</source>
        <translation>该场所的 GS1 全球位置码（GLN）：13 位数字，最后一位是校验位。可选。</translation>
    </message>
    <message>
        <source>Lat&amp;itude:</source>
        <translation>纬度(&amp;I)：</translation>
    </message>
    <message>
        <source>Decimal degrees, north positive (e.g. 31.0853). Optional; give both or neither.</source>
        <translation>十进制度数，北纬为正（例如 31.0853）。可选；经纬度需同时填写或同时留空。</translation>
    </message>
    <message>
        <source>optional, e.g. 31.0853</source>
        <translation>可选，例如 31.0853</translation>
    </message>
    <message>
        <source>Longit&amp;ude:</source>
        <translation>经度(&amp;U)：</translation>
    </message>
    <message>
        <source>Decimal degrees, east positive (e.g. 109.5312). Optional; give both or neither.</source>
        <translation>十进制度数，东经为正（例如 109.5312）。可选；经纬度需同时填写或同时留空。</translation>
    </message>
    <message>
        <source>optional, e.g. 109.5312</source>
        <translation>可选，例如 109.5312</translation>
    </message>
    <message>
        <source>New location.</source>
        <translation>新地点。</translation>
    </message>
    <message>
        <source>Enter a key, a short code such as fj-plot-shima.</source>
        <translation>请输入代码，即一个简短编码，例如 fj-plot-shima。</translation>
    </message>
    <message>
        <source>This key is taken: select the location in the list to edit it.</source>
        <translation>此代码已被使用：请在列表中选中该地点进行编辑。</translation>
    </message>
    <message>
        <source>The latitude is a number from -90 to 90.</source>
        <translation>纬度应为 -90 到 90 之间的数。</translation>
    </message>
    <message>
        <source>The longitude is a number from -180 to 180.</source>
        <translation>经度应为 -180 到 180 之间的数。</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>请同时填写纬度和经度，或都不填。</translation>
    </message>
    <message>
        <source>Location saved: %1</source>
        <translation>地点已保存：%1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <source>Every version recorded for %1, newest first. Each one is a signed record; the first row is the one in use.</source>
        <translation>%1 的所有已记录版本，最新的在前。每个版本都是一条已签名的记录；第一行是当前使用的版本。</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录者</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>This node</source>
        <translation>本节点</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::PackForm</name>
    <message>
        <source>%1 is not a valid SSCC: its check digit should be %2.</source>
        <translation>%1 不是有效的 SSCC：校验位应为 %2。</translation>
    </message>
    <message>
        <source>A case code may use only letters, digits, - _ and . (not "%1").</source>
        <translation>箱码只能使用字母、数字、- _ 和 .（不能用“%1”）。</translation>
    </message>
    <message>
        <source>Pack / unpack</source>
        <translation>装箱/拆箱</translation>
    </message>
    <message>
        <source>Batches go into a case or onto a pallet (its SSCC or our own case code), or come out of it again.</source>
        <translation>批次装入箱或托盘（SSCC 或自编箱码），或从中拆出。</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>装箱(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unpack</source>
        <translation>拆箱(&amp;U)</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>SSCC (18 digits) or case code</source>
        <translation>SSCC（18 位）或箱码</translation>
    </message>
    <message>
        <source>&amp;Case or pallet:</source>
        <translation>箱/托盘(&amp;C)：</translation>
    </message>
    <message>
        <source>The SSCC on the pallet label (18 digits), or a case code of your own (letters, digits, - _ .)</source>
        <translation>托盘标签上的 SSCC（18 位数字），或自编箱码（字母、数字、- _ .）</translation>
    </message>
    <message>
        <source>&amp;Batches:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>The batches packed and how much of each</source>
        <translation>装入的批次及各自数量</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Type or scan the case or pallet code.</source>
        <translation>请输入或扫描箱码或托盘码。</translation>
    </message>
    <message>
        <source>Add the batches packed.</source>
        <translation>请添加装入的批次。</translation>
    </message>
    <message>
        <source>No batch named: everything in it is unpacked.</source>
        <translation>未指定批次：将拆出其中全部货物。</translation>
    </message>
    <message>
        <source>Packed into %1</source>
        <translation>已装入 %1</translation>
    </message>
    <message>
        <source>Unpacked from %1</source>
        <translation>已从 %1 拆出</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::PortionTable</name>
    <message>
        <source>&amp;Add batch</source>
        <translation>添加批次(&amp;A)</translation>
    </message>
    <message>
        <source>Add the batch typed on the left (Enter in the field does the same).</source>
        <translation>添加左侧输入的批次（在该栏按回车键效果相同）。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用数量</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>How much of this batch, in its unit</source>
        <translation>取用该批次的数量（按其单位）</translation>
    </message>
    <message>
        <source>Batch %1: type a quantity above zero.</source>
        <translation>批次 %1：请输入大于零的数量。</translation>
    </message>
    <message>
        <source>Batch %1 has only %2 available; %3 cannot be taken from it.</source>
        <translation>批次 %1 可用数量仅 %2，不能取用 %3。</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::PrintLabelsDialog</name>
    <message>
        <source>Print Labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>份数(&amp;C)：</translation>
    </message>
    <message>
        <source>Number each label (item &amp;serials)</source>
        <translation>为每张标签编号（单品序列号）(&amp;S)</translation>
    </message>
    <message>
        <source>Each copy gets its own serial number and its own signed code, so that every package can be told apart and a copied label stands out.</source>
        <translation>每张标签有自己的序列号和签名码，这样每件包装都可区分，被复制的标签也会暴露。</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>不打印</translation>
    </message>
    <message>
        <source>&amp;Net quantity per package:</source>
        <translation>每件净含量(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Best before:</source>
        <translation>保质期至(&amp;B)：</translation>
    </message>
    <message>
        <source>Where the consumer pages are published: a phone that scans the label opens this address followed by the batch's code.</source>
        <translation>消费者页面发布的网址：手机扫描标签后打开此网址加上批次码。</translation>
    </message>
    <message>
        <source>Web &amp;address:</source>
        <translation>网址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>The web address is an example: replace it with the address where your consumer pages will be published before you print for real.</source>
        <translation>当前网址只是示例：正式打印前，请改为您发布消费者页面的网址。</translation>
    </message>
    <message>
        <source>%1. The code is signed with this node's key.</source>
        <translation>%1。二维码由本节点密钥签名。</translation>
    </message>
    <message>
        <source>%1 labels sent to %2.</source>
        <translation>已将 %1 张标签发送到 %2。</translation>
    </message>
    <message>
        <source>Export Labels</source>
        <translation>导出标签</translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation>标签.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>%1 labels written to %2.</source>
        <translation>已将 %1 张标签写入 %2。</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ProcessForm</name>
    <message>
        <source>Process / split / merge</source>
        <translation>加工/分割/合并</translation>
    </message>
    <message>
        <source>Input batches (all or part of each) become new batches: grading, pickling, drying, splitting one batch or merging several. The inputs' available quantities are shown.</source>
        <translation>投入批次（全部或部分）加工成新批次：分级、腌制、干制，或分割一个批次、合并多个批次。投入批次的可用数量显示在表中。</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>投入(&amp;I)：</translation>
    </message>
    <message>
        <source>The batches used and how much of each (at most what is available)</source>
        <translation>使用的批次及各自数量（不超过可用数量）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot code</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Add o&amp;utput</source>
        <translation>添加产出(&amp;U)</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>产出：</translation>
    </message>
    <message>
        <source>The new batches made: product, lot code and quantity. Outputs may exceed inputs of the same unit by at most 5 % (brine, water).</source>
        <translation>产出的新批次：产品、批号和数量。同一单位下，产出最多可超过投入 5%（盐水、水分）。</translation>
    </message>
    <message>
        <source>Processing (general)</source>
        <translation>加工（一般）</translation>
    </message>
    <message>
        <source>Grading and packing</source>
        <translation>分级包装</translation>
    </message>
    <message>
        <source>Repacking / splitting</source>
        <translation>分装/分割</translation>
    </message>
    <message>
        <source>Pickling (腌制)</source>
        <translation>腌制</translation>
    </message>
    <message>
        <source>Drying</source>
        <translation>干制</translation>
    </message>
    <message>
        <source>Washing</source>
        <translation>清洗</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>工序(&amp;S)：</translation>
    </message>
    <message>
        <source>What was done (a GS1 CBV business step, or ours where CBV has none)</source>
        <translation>所做的工序（GS1 CBV 业务步骤；CBV 没有的使用本系统的术语）</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Record processing</source>
        <translation>记录加工(&amp;R)</translation>
    </message>
    <message>
        <source>The new batch's lot code (up to 20 letters, digits and - . / _)</source>
        <translation>新批次的批号（最多 20 个字母、数字及 - . / _ 等符号）</translation>
    </message>
    <message>
        <source>Add at least one input batch.</source>
        <translation>请至少添加一个投入批次。</translation>
    </message>
    <message>
        <source>Add at least one output batch.</source>
        <translation>请至少添加一个产出批次。</translation>
    </message>
    <message>
        <source>There are no products yet: add one under Master data first.</source>
        <translation>还没有产品：请先在“主数据”中添加。</translation>
    </message>
    <message>
        <source>Output %1: type the lot code.</source>
        <translation>产出 %1：请输入批号。</translation>
    </message>
    <message>
        <source>Output %1: %2</source>
        <translation>产出 %1：%2</translation>
    </message>
    <message>
        <source>Output %1: lot %2 is named twice.</source>
        <translation>产出 %1：批号 %2 重复。</translation>
    </message>
    <message>
        <source>Output %1: type the quantity.</source>
        <translation>产出 %1：请输入数量。</translation>
    </message>
    <message>
        <source>Output %1: the quantity must be a number above zero.</source>
        <translation>产出 %1：数量必须是大于零的数字。</translation>
    </message>
    <message>
        <source>Output %1: batch %2 exists already.</source>
        <translation>产出 %1：批次 %2 已存在。</translation>
    </message>
    <message>
        <source>The outputs (%1) exceed the inputs (%2) by more than %3 %.</source>
        <translation>产出（%1）超过投入（%2）的幅度大于 %3%。</translation>
    </message>
    <message>
        <source>Processing recorded: new batches %1</source>
        <translation>已记录加工：新批次 %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::RecallForm</name>
    <message>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>A batch is recalled: it may no longer be processed or sold. Whoever holds what was made from it is found under Recall in the batch's trace.</source>
        <translation>召回批次：该批次不得再加工或销售。由其制成的产品的持有方可在该批次溯源的“召回”中查到。</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>e.g. pesticide residue above the limit</source>
        <translation>例如 农药残留超标</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>原因(&amp;N)：</translation>
    </message>
    <message>
        <source>Why the batch is recalled; partners will read it</source>
        <translation>召回原因；合作伙伴会看到</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Record recall</source>
        <translation>记录召回(&amp;R)</translation>
    </message>
    <message>
        <source>Type or scan the batch recalled.</source>
        <translation>请输入或扫描召回批次。</translation>
    </message>
    <message>
        <source>This batch is recalled already.</source>
        <translation>该批次已被召回。</translation>
    </message>
    <message>
        <source>A recall needs its reason.</source>
        <translation>召回必须填写原因。</translation>
    </message>
    <message>
        <source>Recall recorded: batch %1</source>
        <translation>已记录召回：批次 %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ReceiveForm</name>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>A batch arrives: where it was put and who sent it. Scan the label into the batch field.</source>
        <translation>批次到达：存放地点及发货方。可将标签扫描到“批次”栏。</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Where the goods were received</source>
        <translation>收货地点</translation>
    </message>
    <message>
        <source>&amp;From party:</source>
        <translation>发货主体(&amp;F)：</translation>
    </message>
    <message>
        <source>Who sent the goods</source>
        <translation>发货的主体</translation>
    </message>
    <message>
        <source>Receiving &amp;advice no.:</source>
        <translation>收货单号(&amp;A)：</translation>
    </message>
    <message>
        <source>The receiving note (收货单) number, if any</source>
        <translation>收货单号（如有）</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>When the goods arrived (local time)</source>
        <translation>到货时间（本地时间）</translation>
    </message>
    <message>
        <source>&amp;Record receipt</source>
        <translation>记录收货(&amp;R)</translation>
    </message>
    <message>
        <source>Type or scan the batch received.</source>
        <translation>请输入或扫描收货批次。</translation>
    </message>
    <message>
        <source>There are no locations yet: add one under Master data first.</source>
        <translation>还没有地点：请先在“主数据”中添加。</translation>
    </message>
    <message>
        <source>Document numbers may not contain spaces.</source>
        <translation>单据号不能包含空格。</translation>
    </message>
    <message>
        <source>Receipt recorded: batch %1 at %2</source>
        <translation>已记录收货：批次 %1，地点 %2</translation>
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
        <translation>在库</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>已召回</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>已售出</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Sign and record (Enter). It stays disabled until the form is complete.</source>
        <translation>签名并记录（回车键）。表单填写完整前此按钮不可用。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>unit name (code)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 · %2 available · %3</source>
        <comment>product · quantity · status</comment>
        <translation>%1 · 可用数量 %2 · %3</translation>
    </message>
    <message>
        <source> · at %1</source>
        <translation> · 位于 %1</translation>
    </message>
    <message>
        <source>This time is in the future; record what has happened.</source>
        <translation>该时间在未来；请记录已经发生的事。</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::RecordPage</name>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>A new batch from the field</source>
        <translation>从田间新建批次</translation>
    </message>
    <message>
        <source>Fertilising, plant protection, irrigation … on a plot</source>
        <translation>地块上的施肥、植保、灌溉等</translation>
    </message>
    <message>
        <source>An inspection or a lab result, with the report attached</source>
        <translation>检验或检测结果，附报告</translation>
    </message>
    <message>
        <source>Input batches become new batches</source>
        <translation>投入批次加工成新批次</translation>
    </message>
    <message>
        <source>Batches into or out of a case or pallet</source>
        <translation>批次装入或拆出箱、托盘</translation>
    </message>
    <message>
        <source>A batch leaves for another party</source>
        <translation>批次发往其他主体</translation>
    </message>
    <message>
        <source>A batch arrives here</source>
        <translation>批次到达本处</translation>
    </message>
    <message>
        <source>Stop a batch from being processed or sold</source>
        <translation>停止批次的加工和销售</translation>
    </message>
    <message>
        <source>Goods sold to consumers or destroyed</source>
        <translation>货物售予消费者或销毁</translation>
    </message>
    <message>
        <source>Declare a wrong event withdrawn, then record the right one</source>
        <translation>声明错误事件作废，再记录正确的事件</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::RowTable</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>删除此行</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ScanPage</name>
    <message>
        <source>Scan with the camera</source>
        <translation>用摄像头扫码</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头……</translation>
    </message>
    <message>
        <source>Hold the label's QR code in front of the camera.</source>
        <translation>请将标签上的二维码对准摄像头。</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>摄像头无法使用：%1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Scan a label with the USB scanner, or type a lot code and press Enter. The label's signature is checked on this computer, without the network.</source>
        <translation>用 USB 扫码枪扫描标签，或输入批号后按回车。标签签名在本机核验，无需联网。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>码(&amp;C)：</translation>
    </message>
    <message>
        <source>Scan here (the cursor waits in this field)</source>
        <translation>在此扫码（光标停在此框中）</translation>
    </message>
    <message>
        <source>Read from &amp;Image…</source>
        <translation>从图片读取(&amp;I)…</translation>
    </message>
    <message>
        <source>Read the QR code in a photo or a scanned picture of a label.</source>
        <translation>读取标签照片或扫描图中的二维码。</translation>
    </message>
    <message>
        <source>Use &amp;Camera…</source>
        <translation>使用摄像头(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open Batch</source>
        <translation>打开批次(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>收货(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;hip…</source>
        <translation>发货(&amp;H)…</translation>
    </message>
    <message>
        <source>Scanned &amp;this session:</source>
        <translation>本次扫描记录(&amp;T)：</translation>
    </message>
    <message>
        <source>No camera was found on this computer: use the USB scanner, or read a photo of the label with Read from Image.</source>
        <translation>本机未找到摄像头：请使用 USB 扫码枪，或通过“从图片读取”识别标签照片。</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1（节点 %2）</translation>
    </message>
    <message>
        <source>✔ Genuine label, signed by %1.</source>
        <translation>✔ 真实标签，由 %1 签名。</translation>
    </message>
    <message>
        <source>✖ FORGED OR ALTERED LABEL. Its signature does not match what it says. Do not accept these goods; set them aside and tell the sender.</source>
        <translation>✖ 伪造或被篡改的标签！签名与标签内容不符。请勿接收这批货物，将其单独存放并通知发货方。</translation>
    </message>
    <message>
        <source>⚠ Signed by a node this ledger does not know, so it cannot tell whether the label is genuine. Get the sender's records (sync or a bundle) and scan again.</source>
        <translation>⚠ 签名方不是本台账已知的节点，无法判断标签真伪。请先获取发货方的记录（同步或数据包）后再扫描。</translation>
    </message>
    <message>
        <source>This code carries no signature: it names a batch but does not prove who made the label.</source>
        <translation>此码不带签名：它指明了批次，但不能证明标签由谁制作。</translation>
    </message>
    <message>
        <source>GTIN: %1</source>
        <translation>商品条码 GTIN：%1</translation>
    </message>
    <message>
        <source>Product code: %1</source>
        <translation>产品代码：%1</translation>
    </message>
    <message>
        <source>Lot: %1</source>
        <translation>批号：%1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>序列号：%1</translation>
    </message>
    <message>
        <source>Best before: %1</source>
        <translation>保质期至：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Batch in this ledger: %1 · lot %2 · %3 · held by %4</source>
        <translation>本台账中的批次：%1 · 批号 %2 · %3 · 持有方 %4</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>This ledger holds no batch with these identifiers.</source>
        <translation>本台账中没有与这些标识对应的批次。</translation>
    </message>
    <message>
        <source>This is not a code Suyuan can read: %1</source>
        <translation>溯源无法识别此码：%1</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Read a Label from an Image</source>
        <translation>从图片读取标签</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>no QR code or barcode was found in the picture.</source>
        <translation>图片中没有找到二维码或条码。</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>尚未扫描。</translation>
    </message>
    <message>
        <source>Scanning &amp;at:</source>
        <translation>扫描地点(&amp;A)：</translation>
    </message>
    <message>
        <source>Where you are scanning. Scans of item labels (with a serial number) are recorded here, so that a copied label seen in two places is noticed.</source>
        <translation>您当前扫描的地点。单品标签（带序列号）的扫描会记录在此地点，这样同一标签在两处出现时就能发现是复制的。</translation>
    </message>
    <message>
        <source>No places yet: add your warehouse under Master data</source>
        <translation>还没有地点：请在“基础数据”中添加您的仓库</translation>
    </message>
    <message>
        <source>This item label was not recorded: choose where you are scanning above. Recorded scans show copied labels.</source>
        <translation>此单品标签未被记录：请先在上方选择扫描地点。记录扫描才能发现复制的标签。</translation>
    </message>
    <message>
        <source>The scan could not be recorded: %1</source>
        <translation>无法记录此次扫描：%1</translation>
    </message>
    <message>
        <source>The scan was recorded, but its sightings could not be read: %1</source>
        <translation>扫描已记录，但无法读取该序列号的扫描记录：%1</translation>
    </message>
    <message>
        <source>Serial %1: scan recorded at %2. Scans of this serial so far: %3, each where the batch's own records put it.</source>
        <translation>序列号 %1：已记录在 %2 的扫描。该序列号至今共扫描 %3 次，每次都在该批次自身记录所示的地点。</translation>
    </message>
    <message>
        <source>⚠ POSSIBLE COPIED LABEL. This serial number has been scanned where the batch's own records cannot explain it. Set the item aside and check where it came from.</source>
        <translation>⚠ 疑似复制标签。该序列号出现在批次自身记录无法解释的地点。请将此件货品单独存放，并核查其来源。</translation>
    </message>
    <message>
        <source>The scan of this forged label was recorded at %1, for the record; it says nothing about where the genuine item is.</source>
        <translation>已在 %1 记录此伪造标签的扫描，仅作存档；它不能说明正品货物的去向。</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::SellForm</name>
    <message>
        <source>Sell / destroy</source>
        <translation>销售/销毁</translation>
    </message>
    <message>
        <source>Goods leave the chain: sold to consumers, or destroyed (spoiled, failed a test). The batch is closed once nothing is left.</source>
        <translation>货物离开供应链：售予消费者，或销毁（变质、检测不合格）。数量用完后批次即关闭。</translation>
    </message>
    <message>
        <source>&amp;Sold</source>
        <translation>销售(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Destroyed</source>
        <translation>销毁(&amp;D)</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>发生了什么：</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Leave empty for all that is available</source>
        <translation>留空表示全部可用数量</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>The store where it was sold</source>
        <translation>销售门店</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>原因(&amp;N)：</translation>
    </message>
    <message>
        <source>Why it was destroyed</source>
        <translation>销毁原因</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Type or scan the batch.</source>
        <translation>请输入或扫描批次。</translation>
    </message>
    <message>
        <source>all: %1</source>
        <translation>全部：%1</translation>
    </message>
    <message>
        <source>Nothing of this batch is left.</source>
        <translation>该批次已无剩余。</translation>
    </message>
    <message>
        <source>The quantity must be a number above zero (or empty for all).</source>
        <translation>数量必须是大于零的数字（留空表示全部）。</translation>
    </message>
    <message>
        <source>Only %1 of this batch is available.</source>
        <translation>该批次可用数量仅 %1。</translation>
    </message>
    <message>
        <source>Say why it was destroyed.</source>
        <translation>请说明销毁原因。</translation>
    </message>
    <message>
        <source>Destruction recorded: %1 of batch %2</source>
        <translation>已记录销毁：批次 %2 的 %1</translation>
    </message>
    <message>
        <source>Sale recorded: %1 of batch %2</source>
        <translation>已记录销售：批次 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Nothing you have recorded is lost by restarting.</source>
        <translation>新语言在下次启动时生效。重新启动不会丢失已记录的任何内容。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未审计</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input the window locks and asks for the passphrase. Work in progress stays as it is.</source>
        <translation>超过这段时间没有键盘或鼠标操作，窗口将锁定并要求输入密码。正在进行的工作保持原样。</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>空闲锁定时间(&amp;I)：</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <source>Characters your scanner sends before each code, if it is set to send any. They are taken off.</source>
        <translation>扫码枪在每个码之前发送的字符（如已设置）。读取时会去掉。</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>Characters your scanner sends after each code, before Enter. Write \t for a Tab.</source>
        <translation>扫码枪在每个码之后、回车之前发送的字符。制表符请写作 \t。</translation>
    </message>
    <message>
        <source>S&amp;uffix:</source>
        <translation>后缀(&amp;U)：</translation>
    </message>
    <message>
        <source>Scan any label here to try the scanner</source>
        <translation>在此扫描任意标签以测试扫码枪</translation>
    </message>
    <message>
        <source>&amp;Try it:</source>
        <translation>测试(&amp;T)：</translation>
    </message>
    <message>
        <source>The code read appears here without the prefix and suffix. If a character is missing or extra, check the scanner's settings and the fields above.</source>
        <translation>读到的码（已去掉前缀和后缀）显示在这里。如有字符缺失或多余，请检查扫码枪设置和上面的填写。</translation>
    </message>
    <message>
        <source>Read: %1 (%2 characters)</source>
        <translation>读到：%1（%2 个字符）</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The web address the QR codes on your labels point to. Publish the consumer site (File → Export consumer site) at this address.</source>
        <translation>标签上二维码指向的网址。请把消费者查询网站（文件 → 导出消费者查询网站）发布在此地址。</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Label &amp;address:</source>
        <translation>标签网址(&amp;A)：</translation>
    </message>
    <message>
        <source>This is an example address. Set the address of your own website before you print labels, or consumers' phones will not find your pages.</source>
        <translation>这是示例网址。打印标签前请设置您自己网站的地址，否则消费者用手机扫码将找不到您的页面。</translation>
    </message>
    <message>
        <source>New labels and the consumer site use this address. Labels already printed keep the address they were printed with.</source>
        <translation>新打印的标签和消费者查询网站使用此网址。已打印的标签仍指向打印时的网址。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>suyuan::ui::ShipForm</name>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>A whole batch leaves for another party (to ship part of a batch, split it first under Process). It is in transit until received.</source>
        <translation>整个批次发往其他主体（只发部分时，请先在“加工”中分割）。收货前为在途状态。</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;To party:</source>
        <translation>收货主体(&amp;T)：</translation>
    </message>
    <message>
        <source>Who receives and owns the goods</source>
        <translation>接收并拥有货物的主体</translation>
    </message>
    <message>
        <source>To &amp;location:</source>
        <translation>目的地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Where the goods go (a warehouse, a port, a store)</source>
        <translation>货物去往的地点（仓库、港口、门店）</translation>
    </message>
    <message>
        <source>Purchase &amp;order no.:</source>
        <translation>采购订单号(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Despatch advice no.:</source>
        <translation>发货单号(&amp;D)：</translation>
    </message>
    <message>
        <source>The delivery note / despatch advice (发货单) number</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Bill o&amp;f lading no.:</source>
        <translation>提单号(&amp;F)：</translation>
    </message>
    <message>
        <source>The transport document (提单 / waybill) number</source>
        <translation>运输单据（提单/运单）号</translation>
    </message>
    <message>
        <source>Private (stays on this node)</source>
        <translation>私有信息（只保存在本节点）</translation>
    </message>
    <message>
        <source>Price and contract are kept in this node's encrypted database. The signed record only carries a salted fingerprint of them, so partners and consumers never see them.</source>
        <translation>价格和合同保存在本节点的加密数据库中。签名记录中只有其加盐指纹，合作伙伴和消费者都看不到。</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>价格(&amp;P)：</translation>
    </message>
    <message>
        <source>The price of the whole shipment</source>
        <translation>整批货物的价格</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>合同(&amp;C)：</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>When the goods left (local time)</source>
        <translation>发货时间（本地时间）</translation>
    </message>
    <message>
        <source>&amp;Record shipment</source>
        <translation>记录发货(&amp;R)</translation>
    </message>
    <message>
        <source>Type or scan the batch shipped.</source>
        <translation>请输入或扫描发货批次。</translation>
    </message>
    <message>
        <source>This batch is %1; only batches in stock can be shipped.</source>
        <translation>该批次状态为“%1”；只有在库批次才能发货。</translation>
    </message>
    <message>
        <source>There are no parties yet: add the customer under Master data first.</source>
        <translation>还没有主体：请先在“主数据”中添加客户。</translation>
    </message>
    <message>
        <source>Document numbers may not contain spaces.</source>
        <translation>单据号不能包含空格。</translation>
    </message>
    <message>
        <source>The price must be a number.</source>
        <translation>价格必须是数字。</translation>
    </message>
    <message>
        <source>Shipment recorded: batch %1 to %2</source>
        <translation>已记录发货：批次 %1 发往 %2</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水运</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>航空</translation>
    </message>
    <message>
        <source>Express parcel</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Col&amp;d chain (refrigerated)</source>
        <translation>冷链（冷藏）(&amp;D)</translation>
    </message>
    <message>
        <source>Trans&amp;port:</source>
        <translation>运输方式(&amp;P)：</translation>
    </message>
    <message>
        <source>How the goods travel</source>
        <translation>货物的运输方式</translation>
    </message>
    <message>
        <source>Ca&amp;rrier:</source>
        <translation>承运人(&amp;R)：</translation>
    </message>
    <message>
        <source>The haulier (承运人), if not the receiving party</source>
        <translation>承运人（收货方自提时可不填）</translation>
    </message>
    <message>
        <source>e.g. 渝A·12345</source>
        <translation>例如 渝A·12345</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>车辆(&amp;V)：</translation>
    </message>
    <message>
        <source>Plate number, wagon, vessel or flight</source>
        <translation>车牌号、车皮号、船名或航班号</translation>
    </message>
</context>
</TS>