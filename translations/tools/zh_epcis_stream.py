# zh_CN translations for the streamed EPCIS export (core/trace/Epcis.cpp, suyuan-cli epcis export).
ZH = {
'EPCIS export cancelled after %1 of %2 events; no file was written.': 'EPCIS 导出已取消，已写出 %1 / %2 个事件；未生成文件。',
'The EPCIS export is not valid JSON: %1 at byte %2': 'EPCIS 导出的内容不是有效的 JSON：%1（第 %2 字节）',
'Exporting… %1 / %2': '正在导出…… %1 / %2',
'Checking events… %1 / %2': '正在检查事件…… %1 / %2',
'Import cancelled after checking %1 of %2 events; nothing was stored.': '已在检查 %2 个事件中的 %1 个后取消导入；未保存任何内容。',
}
