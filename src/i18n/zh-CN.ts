import { fill } from './fill.ts';
import { writingPageText } from './writing-page.ts';

/** The strings the search code shows in the browser, which its lazily loaded module imports (not every page). */
export const searchStrings = {
  'search.label': '搜索讲话原文',
  'search.close': '关闭',
  'search.hint': '输入词语或半句话，标点和空格可有可无。按 ↑ ↓ 选择结果，Enter 打开，Esc 关闭。',
  'search.found': '找到{count}段原文包含“{query}”。',
  'search.notFound': '没有找到包含“{query}”的原文。请试试更短的词语，或只输入其中几个字。',
  'search.didYouMean': '您是不是要找：',
  'search.failed': '搜索数据没有载入，请稍后再试；也可以在全文页中查找。',
  'search.placeParagraph': '{place} · 第{number}段',
  'search.placeHeading': '{place} · 标题',
  'search.count': '本段{count}处',
  'search.more': '再显示{count}段',
  'search.related': '相关段落',
  'search.relatedCount': '（{count}段）',
  'search.relatedHint': '这些段落含有查询中的部分词语，但不含完整的查询文字。',
  'search.highlighted': '已标出“{phrase}”',
  'search.clearHighlight': '清除标记',
} as const;

/** The strings of the study tools (the bar over a selection, a highlight's editor, 摘抄本), which their modules import. */
export const studyStrings = {
  'study.tools': '学习工具',
  'study.highlight': '划线',
  'study.note': '写想法',
  'study.excerpt': '摘抄',
  'study.copyWithSource': '复制（带出处）',
  'study.sentence': '选整句',
  'study.open': '打开划线',
  'study.highlighted': '已划线，可在摘抄本中查看',
  'study.excerpted': '已摘抄到摘抄本',
  'study.copied': '已复制，带出处',
  'study.copyFailed': '无法复制',
  'study.editor': '划线与想法',
  'study.style': '样式',
  // The styles' names as shown (the stored value stays the Simplified name: src/study/model.ts's STYLES).
  'study.style.直线': '直线',
  'study.style.马克笔': '马克笔',
  'study.style.波浪线': '波浪线',
  'study.noteLabel': '想法',
  'study.saveNote': '保存想法',
  'study.deleteNote': '删除想法',
  'study.remove': '移除划线',
  'study.close': '关闭',
  'study.saved': '已保存',
  'study.removed': '已移除',
  'study.storageFailed':
    '无法保存在本机：浏览器的存储已满或被禁用（例如无痕模式）。刚才的内容只在这个页面里，关闭就会丢失；请先复制或下载：',
  'study.copyUnsaved': '复制刚才的内容',
  'study.downloadUnsaved': '下载 .txt',
  'study.moved': '原文有改动，已按上下文重新定位',
  'notes.count': '共{count}条：摘抄{excerpted}字，想法{written}字',
  'notes.filter': '只看',
  'notes.filter.all': '全部',
  'notes.filter.excerpt': '摘抄',
  'notes.filter.note': '有想法的',
  'notes.heading': '学习笔记的抬头（打印和导出时使用，可不填）',
  'notes.name': '姓名',
  'notes.date': '日期',
  'notes.export': '导出',
  'notes.copyText': '复制全部（文本）',
  'notes.downloadText': '下载 .txt',
  'notes.copyMarkdown': '复制 Markdown',
  'notes.downloadMarkdown': '下载 .md',
  'notes.downloadWord': '下载 Word（.docx）',
  'notes.print': '打印',
  'notes.backup': '备份与导入',
  'notes.backupHint':
    '浏览器可能清除网站保存的内容（例如 Safari 七天未访问、微信清理缓存）。换设备或清理前，请下载备份；在另一台设备上导入即可合并，不会重复。',
  'notes.downloadBackup': '下载备份（.json）',
  'notes.copyBackup': '复制备份',
  'notes.import': '导入备份',
  'notes.imported': '已导入：新增{added}条，更新{updated}条。',
  'notes.importedNothing': '备份中的内容这里都已有，没有变化。',
  'notes.lastBackup': '上次备份：{date}',
  'notes.neverBackedUp': '还没有备份过。',
  'notes.remind': '您已保存{count}条，建议现在下载一份备份。',
  'notes.copied': '已复制',
  'notes.downloaded': '已下载',
  'notes.working': '正在生成……',
  'notes.wordFailed': 'Word 文件没有生成（可能是网络中断）；请改用复制或下载 .txt。',
  'notes.orphan': '未能定位',
  'notes.orphanHint': '原文有改动，没能在原段落中找到这些文字；摘录和想法仍保存在这里。',
  'notes.open': '回到原文',
  'notes.style': '划线（{style}）',
  'notes.noteLabel': '想法：',
  'notes.source': '出处：',
  'notes.link': '链接：',
  'notes.title': '《{title}》学习笔记',
  'notes.file': '学习笔记-{day}',
  'notes.nothingMatches': '没有符合条件的条目。',
  'notes.storageFailed': '无法读取本机存储（浏览器可能禁用了存储）：这里无法显示已保存的内容。',
} as const;

/**
 * The strings of the controls that exist only with JavaScript (the settings panel, the citation sheet, the selection
 * link, the 二维码 dialog, 继续阅读): the browser code builds them from this object, so that pages do not carry them.
 */
export const controlsText = {
  'preferences.theme': '配色',
  'preferences.theme.system': '跟随系统',
  'preferences.theme.light': '浅色',
  'preferences.theme.dark': '深色',
  'preferences.theme.white': '白底黑字',
  'preferences.theme.black': '黑底黄字',
  'preferences.theme.blue': '蓝底黄字',
  'preferences.theme.yellow': '黄底黑字',
  'preferences.aids': '辅助',
  'preferences.cursor': '大鼠标',
  'preferences.guide': '阅读辅助线',
  'preferences.search': '搜索',
  'preferences.help': '无障碍说明',
  'preferences.textSize': '字号',
  'preferences.textSize.smaller': '缩小字号',
  'preferences.textSize.larger': '放大字号',
  'preferences.textSize.small': '小',
  'preferences.textSize.medium': '中',
  'preferences.textSize.large': '大',
  'preferences.textSize.larger.value': '特大',
  'paragraph.place': '{place}（第{number}段）',
  'cite.copyLink': '复制链接',
  'cite.readFromHere': '从这里朗读',
  'cite.close': '关闭',
  'cite.paragraph': '{place} · 第{number}段',
  'cite.copyCitation': '复制引用',
  'cite.copyGbt7714': '复制 GB/T 7714 引用',
  'cite.linkCopied': '链接已复制',
  'cite.citationCopied': '引用已复制',
  'cite.copyFailed': '无法复制',
  'cite.copySelection': '复制选段链接',
  'cite.selectionCopied': '选段链接已复制',
  'qr.open': '二维码',
  'qr.title': '二维码：{place}',
  'qr.pageTitle': '本页',
  'qr.image': '{url} 的二维码',
  'qr.save': '保存图片',
  'qr.close': '关闭',
  'qr.failed': '二维码没有生成，请稍后再试。',
  'qr.file': '二维码',
  'resume.continue': '继续阅读：',
  'resume.dismiss': '不再提示从这里继续阅读',
} as const;

/** The strings of 朗读 (read aloud), which its own module imports when a reader asks for it. */
export const readAloudText = {
  'read.label': '朗读',
  'read.play': '朗读',
  'read.pause': '暂停',
  'read.resume': '继续',
  'read.stop': '停止',
  'read.fromStart': '从头读',
  'read.fromHere': '从这里朗读',
  'read.speed': '语速',
  'read.speed.slow': '慢',
  'read.speed.normal': '中',
  'read.speed.fast': '快',
  'read.captions': '大字幕',
  'read.close': '关闭朗读',
  'read.paragraph': '{place}（第{number}段）',
  'read.reading': '正在朗读：{place}',
  'read.paused': '已暂停：{place}',
  'read.finished': '本页读完了。',
  'read.next': '下一部分：{label}',
  'read.waiting': '正在准备朗读……',
  'read.noEngine':
    '这个浏览器不能朗读网页（例如安卓手机上微信里打开的网页）。请用手机自带的读屏功能：安卓的“随选朗读”或 TalkBack，苹果的“朗读屏幕”或旁白；也可以用手机浏览器或电脑上的 Chrome、Edge、Safari 打开本页。',
  'read.noVoice':
    '这个浏览器没有中文语音，不能朗读。请在系统设置中添加中文（普通话）语音，或用手机自带的读屏功能：安卓的“随选朗读”或 TalkBack，苹果的“朗读屏幕”或旁白。',
  'read.failed': '朗读中断了，请再试一次。',
  'read.help': '说明',
} as const;

/**
 * Every string of the site's own interface (not the speech, not the editors' page prose), in one place.
 * `{name}` marks a value filled in by `t()`; the browser code imports the strings it
 * shows: `searchStrings` (search) and `controlsText` (the controls it builds itself).
 */
export const zhCN = {
  'site.skipLink': '跳到正文',
  'site.skipToContents': '跳到目录',
  'site.nav': '站点',
  // Each page's name, written once: its title, its breadcrumb, its heading and its entry in the site's navigation.
  'page.home': '目录',
  'page.full': '全文',
  'page.plan': '行动方案要点',
  'page.terms': '关键词',
  'page.map': '结构图',
  'page.editorial': '编辑说明',
  'page.notes': '摘抄本',
  'page.practice': '自测',
  'page.search': '搜索',
  'page.accessibility': '无障碍说明',
  'page.notFound': '找不到该页面',
  // Each page's description (meta description and og:description).
  'page.home.description':
    '讲话全文与目录：{parts}个部分、{sections}个“第X”小节、{relationships}个关系、{items}个“X是”条目，每一段都有固定链接。',
  'page.part.description': '{label}{span}。',
  'page.full.description': '讲话全文：一页中的全部文本，供通读、查找和打印。',
  'page.plan.description':
    '讲话中关于全面振兴新突破三年行动方案的全部论述，逐条引自原文并链接到所在段落；讲话没有逐项列出10个方面新突破和50项重点任务。',
  'page.map.description':
    '讲话结构一图看懂：{parts}个部分、{sections}个“第X”小节、{relationships}个关系、{items}个“X是”条目，每一项都链接到原文所在位置。',
  'page.terms.description': '讲话中加引号的{count}个词语，按拼音排序，注明出现次数并链接到每一处所在段落。',
  'page.editorial.description':
    '本站对原始文本做了哪些编辑处理：拼合被版面截断的段落、改用全角标点、按条目分段、标注缺失部分，以及各级固定链接的编号规则。',
  'page.practice.description':
    '据讲话原文生成的自测题（填空、单选、多选、出处），每题的答案都是原文的词句并链接到所在段落；非官方试题。',
  'page.notes.description':
    '您在本机划线、写下想法和摘抄的段落，按讲话顺序排列，可打印为学习笔记，或导出为文本、Markdown、Word 文件和备份。',
  'page.accessibility.description':
    '本站为老年读者和视力不便的读者提供的阅读辅助：关怀模式、朗读、配色、字号、大鼠标、阅读辅助线和键盘快捷键，以及各浏览器的朗读支持情况。',
  'page.search.description': '在讲话原文中查找词语或句子，直达包含它的段落。',
  'page.notFound.description': '找不到您要的页面；可以从目录或全文中查找。',
  'notes.lede':
    '这里按讲话顺序列出您在本机划线、写下想法和摘抄的段落。所有内容只保存在这台设备的浏览器里，不会上传到任何地方。',
  'notes.empty': '还没有摘抄',
  'notes.howTo':
    '在讲话的任何一页选中文字，屏幕下方会出现工具条：点“划线”选一种样式，点“写想法”在旁边写下体会，或点“摘抄”收进本页。点已划线的文字可以改样式、编辑想法或移除。之后回到这里，可以复制、下载或打印成学习笔记。',
  'notes.noScript': '摘抄本需要 JavaScript。',
  'site.footer': '本站按报纸刊载的讲话文本整理；编辑所作的改动见',
  'site.footer.printAddress': '本页地址：{url}',
  'sidebar.toggle': '目录',
  'sidebar.label': '全文目录',
  'drawer.nav': '栏目',
  'contents.title': '目录',
  'breadcrumb.label': '位置',
  'pagination.label': '上一部分和下一部分',
  'pagination.prev': '上一部分',
  'pagination.next': '下一部分',
  'permalink.label': '链接：{place}',
  'paragraph.number': '第{number}段',
  'note.label': '编者注',
  'part.untitled': '{place}（标题不在本文中）',
  'map.lede':
    '讲话的结构，由全文的标题和各条首句自动绘出，每一项都链接到原文所在位置。图中的文字都是讲话原文，只有数目和缺失说明是本站所加。讲话中列出了成员的提法（如三个“坚决不要”）画在它所在的位置下，成员逐条链接到原文；讲话只提名称、未列成员的提法（如“两个毫不动摇”）和“10个方面新突破”“50项重点任务”，本图不列。',
  'map.count.relationships': '{count}个关系',
  'map.count.sections': '{count}个小节',
  'map.count.items': '{count}个条目',
  'map.count.separator': ' · ',
  'map.missing.ending-only': '本文只有这一部分的最后一段',
  'map.missing.opening-only': '本文只有这一部分的开头，在半句处中断',
  'paragraph.span': '（第{first}段）',
  'paragraph.spanRange': '（第{first}至{last}段）',
  'preferences.toggle': '显示设置',
  'search.open': '搜索',
  'search.noScript': '搜索需要 JavaScript；也可以',
  'search.noScriptLink': '在全文页中查找',
  ...searchStrings,
  ...controlsText,
  'qr.page': '本页二维码',
  'aids.care': '关怀模式',
  'aids.read': '朗读',
  'site.footer.accessibility': '阅读辅助功能与快捷键见',
  'site.shortName': '辽宁新篇章',
} as const;

export type UIString = keyof typeof zhCN | keyof typeof writingPageText;

export { recordText } from './record.ts'; // 学习记录's strings, apart to keep this file short

/** The interface string `key`, filled in; the 心得提纲's are looked up, not spread in (that keeps them in the browser). */
export const t = (key: UIString, values: Record<string, string | number> = {}): string =>
  fill(key in zhCN ? zhCN[key as keyof typeof zhCN] : writingPageText[key as keyof typeof writingPageText], values);
