<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AgreementComposer</name>
    <message>
        <source>协议类型(&amp;K)</source>
        <translation>&amp;Kind of agreement</translation>
    </message>
    <message>
        <source>含司法确认条款(&amp;I)</source>
        <translation>&amp;Include judicial confirmation clause</translation>
    </message>
    <message>
        <source>纠纷主要事实、争议事项(&amp;E)</source>
        <translation>Main facts and issu&amp;es in dispute</translation>
    </message>
    <message>
        <source>各方责任（可空）(&amp;Z)</source>
        <translation>Responsi&amp;bility of each party (optional)</translation>
    </message>
    <message>
        <source>协议条款</source>
        <translation>Agreement terms</translation>
    </message>
    <message>
        <source>添加条款(&amp;A)</source>
        <translation>&amp;Add term</translation>
    </message>
    <message>
        <source>删除条款(&amp;R)</source>
        <translation>&amp;Remove term</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>上移（Ctrl+↑）</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>下移（Ctrl+↓）</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>常用范本(&amp;T)</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <source>插入(&amp;N)</source>
        <translation>I&amp;nsert</translation>
    </message>
    <message>
        <source>条款列表</source>
        <translation>List of terms</translation>
    </message>
    <message>
        <source>义务人(&amp;O)</source>
        <translation>&amp;Obligor</translation>
    </message>
    <message>
        <source>金额（元）(&amp;M)</source>
        <translation>A&amp;mount (yuan)</translation>
    </message>
    <message>
        <source>可空，如 12000 或 860.50</source>
        <translation>Optional, e.g. 12000 or 860.50</translation>
    </message>
    <message>
        <source>协议内容(&amp;H)</source>
        <translation>W&amp;hat is agreed</translation>
    </message>
    <message>
        <source>履行方式(&amp;Y)</source>
        <translation>Wa&amp;y of performance</translation>
    </message>
    <message>
        <source>履行期限(&amp;Q)</source>
        <translation>Performance &amp;deadline</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>违约责任（可空）(&amp;W)</source>
        <translation>&amp;Liability for breach (optional)</translation>
    </message>
    <message>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>定稿前须补全的事项</source>
        <translation>To be completed before finalizing</translation>
    </message>
    <message>
        <source>按“预览”查看将要打印的协议书（与打印件完全一致）。</source>
        <translation>Press “Preview” to see the agreement exactly as it will be printed.</translation>
    </message>
    <message>
        <source>保存草稿(&amp;S)</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>定稿(&amp;F)…</source>
        <translation>&amp;Finalize…</translation>
    </message>
    <message>
        <source>创建更正版本(&amp;C)</source>
        <translation>&amp;Create corrected version</translation>
    </message>
    <message>
        <source>份数(&amp;U)</source>
        <translation>N&amp;umber of copies</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>批准设备登记</source>
        <translation>Approve device enrollment</translation>
    </message>
    <message>
        <source>申请文件：</source>
        <translation>Request file:</translation>
    </message>
    <message>
        <source>设备：</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>如 https://10.22.1.5:8443（可不填，只用 U 盘）</source>
        <translation>e.g. https://10.22.1.5:8443 (optional: USB only)</translation>
    </message>
    <message>
        <source>所属法院/法庭(&amp;S)：</source>
        <translation>Court/tribunal (&amp;S):</translation>
    </message>
    <message>
        <source>中院端网络地址(&amp;U)：</source>
        <translation>Hub network address (&amp;U):</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>添加附件(&amp;A)…</source>
        <translation>&amp;Add attachments…</translation>
    </message>
    <message>
        <source>也可以把照片、扫描件直接拖到下方。</source>
        <translation>You can also drag photos and scans straight into the list below.</translation>
    </message>
    <message>
        <source>附件（双击打开）</source>
        <translation>Attachments (double-click to open)</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>{year}年{month}月：{days} 天有调解，共 {sessions} 场（不含已取消）</source>
        <translation>{month}/{year}: sessions on {days} days, {sessions} in all (cancelled ones not counted)</translation>
    </message>
    <message>
        <source>{day}的调解安排</source>
        <translation>Sessions on {day}</translation>
    </message>
    <message>
        <source>M月d日</source>
        <comment>date format of a week&apos;s first and last day</comment>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>{first}至{last}的调解安排</source>
        <translation>Sessions {first} – {last}</translation>
    </message>
    <message numerus="yes">
        <source>（%n 场）</source>
        <translation>
            <numerusform> (%n session)</numerusform>
            <numerusform> (%n sessions)</numerusform>
        </translation>
    </message>
    <message>
        <source>没有调解安排</source>
        <translation>No sessions</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>当日(&amp;D)</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>本周(&amp;W)</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>回到今天(&amp;T)</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>着色的日期有调解安排；双击场次或按回车打开案件。</source>
        <translation>Tinted dates have sessions; double-click a session or press Enter to open its case.</translation>
    </message>
    <message>
        <source>调解场次</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>← 返回案件列表(&amp;B)</source>
        <translation>← &amp;Back to case list</translation>
    </message>
    <message>
        <source>返回案件列表（Esc）</source>
        <translation>Back to the case list (Esc)</translation>
    </message>
    <message>
        <source>&amp;1 概况</source>
        <translation>&amp;1 Overview</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>法庭</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>纠纷地点</source>
        <translation>Place of dispute</translation>
    </message>
    <message>
        <source>来源 / 方式</source>
        <translation>Source / method</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>争议金额</source>
        <translation>Amount in dispute</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>调解结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>纠纷概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>纠纷概要与请求</source>
        <translation>Summary and requests</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>&amp;2 当事人</source>
        <translation>&amp;2 Parties</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>显示完整信息(&amp;U)</source>
        <translation>Show f&amp;ull details</translation>
    </message>
    <message>
        <source>身份证号、电话默认遮蔽；显示完整信息会记入审计日志。</source>
        <translation>ID numbers and phone numbers are masked by default; showing full details is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;3 调解记录</source>
        <translation>&amp;3 Sessions</translation>
    </message>
    <message>
        <source>调解场次（双击打开笔录）</source>
        <translation>Sessions (double-click to open the record)</translation>
    </message>
    <message>
        <source>安排调解(&amp;S)…</source>
        <translation>&amp;Schedule session…</translation>
    </message>
    <message>
        <source>打开笔录(&amp;O)</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>标记已进行(&amp;H)</source>
        <translation>Mark as &amp;held</translation>
    </message>
    <message>
        <source>&amp;4 协议</source>
        <translation>&amp;4 Agreement</translation>
    </message>
    <message>
        <source>&amp;5 文书</source>
        <translation>&amp;5 Documents</translation>
    </message>
    <message>
        <source>文书种类(&amp;K)</source>
        <translation>Document &amp;kind</translation>
    </message>
    <message>
        <source>打印到文件(&amp;P)…</source>
        <translation>&amp;Print to file…</translation>
    </message>
    <message>
        <source>已存档的文书（双击预览）(&amp;A)</source>
        <translation>&amp;Archived documents (double-click to preview)</translation>
    </message>
    <message>
        <source>&amp;6 附件</source>
        <translation>&amp;6 Attachments</translation>
    </message>
    <message>
        <source>&amp;7 日志</source>
        <translation>&amp;7 Log</translation>
    </message>
    <message>
        <source>本案审计日志</source>
        <translation>Audit log of this case</translation>
    </message>
    <message>
        <source>本案的每一次改动都记在防篡改的审计链中（谁、何时、改了什么）。</source>
        <translation>Every change to this case is recorded in the tamper-evident audit chain (who, when and what was changed).</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>法庭</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation>Mediation due</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>搜索：姓名、身份证号（或末4位）、电话、案号、地点、拼音首字母（如 zs）</source>
        <translation>Search: name, ID number (or its last 4 digits), phone, case number, place, pinyin initials (e.g. zs)</translation>
    </message>
    <message>
        <source>搜索案件</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>登记新案件(&amp;N)</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>状态(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>类型(&amp;T)</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>法庭(&amp;B)</source>
        <translation>Tri&amp;bunal</translation>
    </message>
    <message>
        <source>地点(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>调解员(&amp;M)</source>
        <translation>&amp;Mediator</translation>
    </message>
    <message>
        <source>登记期间(&amp;D)</source>
        <translation>Registere&amp;d</translation>
    </message>
    <message>
        <source>只看超期(&amp;O)</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>近 30 天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>近 90 天</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>近一年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>正在检索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>检索到 {total} 件（按匹配程度排序）</source>
        <translation>{total} found (best match first)</translation>
    </message>
    <message>
        <source>共 {total} 件</source>
        <translation>{total} cases</translation>
    </message>
    <message>
        <source>检索出错：{error}</source>
        <translation>Search failed: {error}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>保留的值</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <source>落选的值</source>
        <translation>Losing value</translation>
    </message>
    <message>
        <source>落选方设备</source>
        <translation>Losing device</translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>两台设备从同一版本出发改了同一字段时，按修改时间戳（HLC）保留较晚的值，落选的值记在这里。可确认保留，或恢复落选的值（恢复也会同步到各设备）。定稿文书从不合并，另存为新版本。</source>
        <translation>When two devices changed the same field from the same version, the later change (by its HLC timestamp) is kept and the losing value is recorded here. Confirm the kept value, or restore the losing one (the restore syncs to every device too). Final documents never merge: a second version is kept.</translation>
    </message>
    <message>
        <source>确认保留(&amp;K)</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>恢复落选值(&amp;V)</source>
        <translation>Restore losing &amp;value</translation>
    </message>
    <message>
        <source>没有待复核的冲突。</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <source>请先在列表中选一条冲突。</source>
        <translation>Select a conflict in the list first.</translation>
    </message>
    <message>
        <source>冲突已处理：{status}。</source>
        <translation>Conflict handled: {status}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>读取工作台数据时出错：{error}。按 F5 重试。</source>
        <translation>Could not read the dashboard: {error}. Press F5 to try again.</translation>
    </message>
    <message>
        <source>今天没有调解安排</source>
        <translation>No mediation sessions today</translation>
    </message>
    <message>
        <source>未来 7 日没有调解安排</source>
        <translation>No sessions in the next 7 days</translation>
    </message>
    <message>
        <source>共 {total} 项，只列出最早的 {shown} 项</source>
        <translation>{total} items; only the earliest {shown} are listed</translation>
    </message>
    <message>
        <source>超过调解期限的案件：{count} 件&#x3000;→ 查看</source>
        <translation>Cases past their mediation deadline: {count}  → show</translation>
    </message>
    <message>
        <source>没有超过调解期限的案件</source>
        <translation>No case is past its mediation deadline</translation>
    </message>
    <message>
        <source>类案预警：同一类型的纠纷在同一乡镇（园区）或涉同一行政机关，{months} 个月内达到 {n} 件；以及负责人多次未出庭、司法建议反馈、联席会议事项</source>
        <translation>Similar-case warning: {n} disputes of one category in one township (park) or against one agency within {months} months; also repeated non-appearance of agency heads, recommendation replies and joint-meeting items</translation>
    </message>
    <message>
        <source>涉{agency}</source>
        <translation>against {agency}</translation>
    </message>
    <message>
        <source>回车或双击：在“案件”中列出这些案件</source>
        <translation>Enter or double-click: list these cases under “Cases”</translation>
    </message>
    <message>
        <source>暂无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>据此起草司法建议书</source>
        <translation>Draft a judicial recommendation from this</translation>
    </message>
    <message>
        <source>被建议单位全称：</source>
        <translation>Full name of the recipient:</translation>
    </message>
    <message>
        <source>未能起草：{error}</source>
        <translation>Could not draft: {error}</translation>
    </message>
    <message>
        <source>已起草 {number}（{subject}），归入案件 {case}；在该案件的“文书”中审阅、打印</source>
        <translation>Drafted {number} ({subject}), filed under case {case}; review and print it under the case&apos;s Documents</translation>
    </message>
    <message>
        <source>今日调解 &lt;b&gt;{today}&lt;/b&gt; 场&#x3000;·&#x3000;近 7 日安排 &lt;b&gt;{upcoming}&lt;/b&gt; 场&#x3000;·&#x3000;7 日内到期 &lt;b&gt;{due}&lt;/b&gt; 项&#x3000;·&#x3000;已超期 &lt;b&gt;{overdue}&lt;/b&gt; 项&#x3000;·&#x3000;其中回访 &lt;b&gt;{follow_ups}&lt;/b&gt; 项</source>
        <translation>Sessions today &lt;b&gt;{today}&lt;/b&gt;  ·  next 7 days &lt;b&gt;{upcoming}&lt;/b&gt;  ·  due within 7 days &lt;b&gt;{due}&lt;/b&gt;  ·  overdue &lt;b&gt;{overdue}&lt;/b&gt;  ·  of which follow-ups &lt;b&gt;{follow_ups}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>超期 {days} 天</source>
        <translation>{days} d overdue</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{days} 天</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation>Mediation period</translation>
    </message>
    <message>
        <source>7 日内没有到期事项</source>
        <translation>Nothing falls due within 7 days</translation>
    </message>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>重新读取今日安排和期限（F5）</source>
        <translation>Read today&apos;s sessions and deadlines again (F5)</translation>
    </message>
    <message>
        <source>今日调解</source>
        <translation>Today&apos;s sessions</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限提醒（7 日内到期及已超期）</source>
        <translation>Deadlines (due within 7 days, and overdue)</translation>
    </message>
    <message>
        <source>期限提醒</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>What</translation>
    </message>
    <message>
        <source>近 7 日调解安排</source>
        <translation>Sessions in the next 7 days</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>在“案件”中列出全部超期案件</source>
        <translation>List every overdue case under “Cases”</translation>
    </message>
    <message>
        <source>类案预警和府院联动提示</source>
        <translation>Similar-case warnings and linkage reminders</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>据此起草司法建议书(&amp;D)…</source>
        <translation>&amp;Draft recommendation…</translation>
    </message>
    <message>
        <source>选中一条类案预警，按这组类案起草司法建议书</source>
        <translation>Select a similar-case warning to draft a judicial recommendation from that group of cases</translation>
    </message>
    <message>
        <source>类案预警</source>
        <translation>Similar-case warning</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>DisputePage</name>
    <message>
        <source>村屯、社区或园区，输入几个字可补全</source>
        <translation>Village, community or industrial park; type a few characters to complete</translation>
    </message>
    <message>
        <source>不在已登记的村屯、社区、园区中，将按所填文字保存</source>
        <translation>Not a registered village, community or park; it will be saved as typed</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <source>纠纷主要事实</source>
        <translation>Main facts</translation>
    </message>
    <message>
        <source>还需填写：{fields}</source>
        <translation>Still to fill in: {fields}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>正在生成 {count} 件演示案件……</source>
        <translation>Generating {count} demo cases…</translation>
    </message>
    <message>
        <source>已取消，没有写入任何数据。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>生成失败，没有写入任何数据：{error}</source>
        <translation>Generation failed; nothing was written: {error}</translation>
    </message>
    <message>
        <source>正在生成演示数据……</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <source>请选择法庭。</source>
        <translation>Please choose a tribunal.</translation>
    </message>
    <message>
        <source>请填写承办法官的姓名。</source>
        <translation>Please enter the judge&apos;s name.</translation>
    </message>
    <message>
        <source>欢迎使用诉前调解工作台</source>
        <translation>Welcome to the pre-litigation mediation workbench</translation>
    </message>
    <message>
        <source>本机还没有案件。可以先生成一批演示数据熟悉操作，也可以直接设置本机所属的法庭和承办人员，开始登记真实案件。</source>
        <translation>There are no cases on this computer yet. Generate some demo data to get to know the workbench, or set up this computer&apos;s tribunal and staff and start registering real cases.</translation>
    </message>
    <message>
        <source>试用：生成演示数据</source>
        <translation>Try it out: generate demo data</translation>
    </message>
    <message>
        <source>案件数(&amp;N)</source>
        <translation>&amp;Number of cases</translation>
    </message>
    <message>
        <source>生成演示数据(&amp;G)</source>
        <translation>&amp;Generate demo data</translation>
    </message>
    <message>
        <source>正式使用：设置本法庭</source>
        <translation>Start for real: set up this tribunal</translation>
    </message>
    <message>
        <source>法院(&amp;C)</source>
        <translation>&amp;Court</translation>
    </message>
    <message>
        <source>法庭(&amp;T)</source>
        <translation>&amp;Tribunal</translation>
    </message>
    <message>
        <source>法官(&amp;J)</source>
        <translation>&amp;Judge</translation>
    </message>
    <message>
        <source>承办法官姓名</source>
        <translation>Name of the judge</translation>
    </message>
    <message>
        <source>书记员(&amp;K)</source>
        <translation>Cler&amp;k</translation>
    </message>
    <message>
        <source>书记员姓名</source>
        <translation>Name of the clerk</translation>
    </message>
    <message>
        <source>保存并开始(&amp;S)</source>
        <translation>&amp;Save and start</translation>
    </message>
    <message>
        <source>以后再说(&amp;L)</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>法庭</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已收包序号</source>
        <translation>Last bundle no.</translation>
    </message>
    <message>
        <source>最近到达</source>
        <translation>Last arrival</translation>
    </message>
    <message>
        <source>缺漏与说明</source>
        <translation>Gaps and notes</translation>
    </message>
    <message>
        <source>到达时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>大小 (MB)</source>
        <translation>Size (MB)</translation>
    </message>
    <message>
        <source>数据包</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>核对码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>申请的法院/法庭</source>
        <translation>Court/tribunal asked</translation>
    </message>
    <message>
        <source>收到时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;中院数据中心&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Intermediate court data centre&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>导入数据包(&amp;I)</source>
        <translation>&amp;Import bundles</translation>
    </message>
    <message>
        <source>设备(&amp;D)</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <source>已收数据包(&amp;B)</source>
        <translation>Received &amp;bundles</translation>
    </message>
    <message>
        <source>冲突复核(&amp;C)</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>隔离记录(&amp;Q)</source>
        <translation>&amp;Quarantine</translation>
    </message>
    <message>
        <source>各法庭带来的 U 盘插上后选“从 U 盘导入”，或选择数据包文件（.fyb，分卷 .fyb.002… 放在同一文件夹）。每个数据包单独导入：签名、登记、校验值或版本不符的整包拒收，中院库不变；同一数据包再导入一次不会重复写入。</source>
        <translation>Plug in the stick a tribunal brought and choose &quot;Import from USB stick&quot;, or choose bundle files (.fyb, with volumes .fyb.002… in the same folder). Each bundle is imported on its own: a bundle whose signature, enrollment, checksums or version do not match is refused whole and the hub database stays unchanged; importing the same bundle again writes nothing twice.</translation>
    </message>
    <message>
        <source>数据包来源</source>
        <translation>Where the bundles are</translation>
    </message>
    <message>
        <source>从 U 盘导入(&amp;U)</source>
        <translation>Import from &amp;USB stick</translation>
    </message>
    <message>
        <source>选择数据包文件(&amp;F)…</source>
        <translation>Choose bundle &amp;files…</translation>
    </message>
    <message>
        <source>移动磁盘：</source>
        <translation>Removable drive:</translation>
    </message>
    <message>
        <source>回执写回数据包所在的文件夹（U 盘带回法庭）(&amp;W)</source>
        <translation>&amp;Write receipts beside the bundles (the stick takes them back)</translation>
    </message>
    <message>
        <source>回执文件夹…</source>
        <translation>Receipts folder…</translation>
    </message>
    <message>
        <source>待批准的登记申请（经网络送达）</source>
        <translation>Enrollment requests waiting for approval (sent over the network)</translation>
    </message>
    <message>
        <source>批准所选(&amp;P)</source>
        <translation>A&amp;pprove selected</translation>
    </message>
    <message>
        <source>驳回所选(&amp;J)…</source>
        <translation>Re&amp;ject selected…</translation>
    </message>
    <message>
        <source>所属法院/法庭：</source>
        <translation>Court/tribunal:</translation>
    </message>
    <message>
        <source>已登记的设备：</source>
        <translation>Enrolled devices:</translation>
    </message>
    <message>
        <source>批准登记申请文件(&amp;A)…</source>
        <translation>&amp;Approve a request file…</translation>
    </message>
    <message>
        <source>停用所选设备(&amp;R)…</source>
        <translation>&amp;Revoke selected device…</translation>
    </message>
    <message>
        <source>中院保留收到的每一个数据包（加密原件），最近的在前。</source>
        <translation>The hub keeps every bundle it received (the encrypted original), newest first.</translation>
    </message>
    <message>
        <source>数据库：{backend} {store}&#x3000;·&#x3000;在用设备 {devices} 台，已停用 {revoked} 台&#x3000;·&#x3000;已收数据包 {bundles} 个{last}&#x3000;·&#x3000;待复核冲突 {conflicts} 条，隔离记录 {held} 条</source>
        <translation>Database: {backend} {store}  ·  {devices} devices in use, {revoked} revoked  ·  {bundles} bundles received{last}  ·  {conflicts} conflicts to review, {held} quarantined records</translation>
    </message>
    <message>
        <source>（最近 {at}）</source>
        <translation> (last {at})</translation>
    </message>
    <message>
        <source>有 {n} 台设备缺少更早的数据包（见“设备”页的缺漏说明）：回执已请这些设备重新发送。</source>
        <translation>{n} device(s) are missing earlier bundles (see the gap notes on the Devices tab): their receipts asked them to send again.</translation>
    </message>
    <message>
        <source>停用原因：{reason}</source>
        <translation>Revoked: {reason}</translation>
    </message>
    <message>
        <source>长时间没有数据包到达：请与该法庭联系</source>
        <translation>No bundle for a long time: contact this tribunal</translation>
    </message>
    <message>
        <source>登记后还没有数据包到达：请与该法庭联系</source>
        <translation>No bundle since enrollment: contact this tribunal</translation>
    </message>
    <message>
        <source>书记员读出的核对码与下表一致才批准。设备取回授权后会显示中院密钥码 {code}，请书记员与此核对。</source>
        <translation>Approve only when the code the clerk reads out matches the one below. After fetching its grant the device shows the hub key code {code}: have the clerk compare it.</translation>
    </message>
    <message>
        <source>（未发现 U 盘，可用“选择数据包文件”）</source>
        <translation>(no USB stick found: use &quot;Choose bundle files&quot;)</translation>
    </message>
    <message>
        <source>没有找到数据包文件（.fyb）。</source>
        <translation>No bundle files (.fyb) found.</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>已导入过</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>处理了 {n} 个数据包：导入 {applied} 个，已导入过 {already} 个，拒收 {refused} 个。</source>
        <translation>{n} bundles handled: {applied} imported, {already} already imported, {refused} refused.</translation>
    </message>
    <message>
        <source>已取消，其余 {n} 个未导入。</source>
        <translation> Cancelled: the other {n} were not imported.</translation>
    </message>
    <message>
        <source>正在导入数据包……</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <source>已批准设备 {tag} 的登记，授权文件写入 {path}：请交回该设备安装。</source>
        <translation>Enrollment of device {tag} approved; the grant was written to {path}: take it back to that device to install.</translation>
    </message>
    <message>
        <source>请先在列表中选一份申请。</source>
        <translation>Select a request in the list first.</translation>
    </message>
    <message>
        <source>已批准设备 {tag}（核对码 {code}）：该设备按“取回中院授权”即可安装。</source>
        <translation>Device {tag} approved (code {code}): it installs the grant with &quot;Fetch the hub&apos;s grant&quot;.</translation>
    </message>
    <message>
        <source>已驳回设备 {tag} 的申请；该设备取回授权时会看到原因。</source>
        <translation>The request of device {tag} was rejected; the device sees the reason when it asks.</translation>
    </message>
    <message>
        <source>请先在列表中选一台设备。</source>
        <translation>Select a device in the list first.</translation>
    </message>
    <message>
        <source>设备 {tag} 已停用：其数据包今后一律拒收，下一份回执会告知各设备。</source>
        <translation>Device {tag} revoked: its bundles are refused from now on, and the next receipts tell every device.</translation>
    </message>
    <message>
        <source>选择数据包</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <source>数据包 (*.fyb)</source>
        <translation>Bundles (*.fyb)</translation>
    </message>
    <message>
        <source>回执写入哪个文件夹</source>
        <translation>Folder for the receipts</translation>
    </message>
    <message>
        <source>选择设备的登记申请</source>
        <translation>Choose the device&apos;s enrollment request</translation>
    </message>
    <message>
        <source>保存授权文件</source>
        <translation>Save the grant</translation>
    </message>
    <message>
        <source>驳回登记申请</source>
        <translation>Reject enrollment request</translation>
    </message>
    <message>
        <source>驳回设备 {tag}（核对码 {code}）的申请。
原因（会向该设备的使用者显示）：</source>
        <translation>Reject the request of device {tag} (code {code}).
Reason (shown to the device&apos;s users):</translation>
    </message>
    <message>
        <source>停用设备</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <source>停用设备 {tag} 后，它的数据包一律拒收，设备收到回执后停止导出。
停用原因（会向该设备的使用者显示）：</source>
        <translation>Once device {tag} is revoked its bundles are refused, and it stops exporting when it gets a receipt.
Reason (shown to the device&apos;s users):</translation>
    </message>
</context>
<context>
    <name>IntakeDisputePage</name>
    <message>
        <source>纠纷信息</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>纠纷类型和主要事实为必填；行政争议另填争议的行政行为。多行文字中 Enter 换行，Ctrl+Enter 进入下一步。</source>
        <translation>The dispute category and main facts are required; for an administrative dispute also fill in the administrative act in dispute. In multi-line text, Enter starts a new line and Ctrl+Enter goes to the next step.</translation>
    </message>
    <message>
        <source>纠纷类型(&amp;T)</source>
        <translation>Dispute ca&amp;tegory</translation>
    </message>
    <message>
        <source>请选择纠纷类型</source>
        <translation>Choose the dispute category</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <source>争议的行政行为</source>
        <translation>Administrative act in dispute</translation>
    </message>
    <message>
        <source>行为名称(&amp;X)</source>
        <translation>Name of the a&amp;ct</translation>
    </message>
    <message>
        <source>如：行政处罚决定、房屋征收补偿决定</source>
        <translation>e.g. administrative penalty decision, housing expropriation compensation decision</translation>
    </message>
    <message>
        <source>文号(&amp;W)</source>
        <translation>&amp;Reference number</translation>
    </message>
    <message>
        <source>如：松宁自然资罚〔2026〕12号</source>
        <translation>e.g. 松宁自然资罚〔2026〕12号</translation>
    </message>
    <message>
        <source>作出日期(&amp;D)</source>
        <translation>&amp;Date made</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>行政行为作出日期</source>
        <translation>Date the administrative act was made</translation>
    </message>
    <message>
        <source>纠纷地点(&amp;P)</source>
        <translation>&amp;Place of dispute</translation>
    </message>
    <message>
        <source>纠纷地点</source>
        <translation>Place of dispute</translation>
    </message>
    <message>
        <source>纠纷主要事实(&amp;M)</source>
        <translation>&amp;Main facts</translation>
    </message>
    <message>
        <source>必填：何时、何地、因何事发生纠纷，目前状况</source>
        <translation>Required: when, where and over what the dispute arose, and where it stands now</translation>
    </message>
    <message>
        <source>纠纷主要事实</source>
        <translation>Main facts</translation>
    </message>
    <message>
        <source>调解请求(&amp;Q)</source>
        <translation>Mediation re&amp;quest</translation>
    </message>
    <message>
        <source>申请人希望通过调解解决的事项</source>
        <translation>What the applicant wants resolved through mediation</translation>
    </message>
    <message>
        <source>调解请求</source>
        <translation>Mediation request</translation>
    </message>
    <message>
        <source>标的额（元）(&amp;A)</source>
        <translation>&amp;Amount in dispute (yuan)</translation>
    </message>
    <message>
        <source>选填，如 12000 或 12000.50</source>
        <translation>Optional, e.g. 12000 or 12000.50</translation>
    </message>
    <message>
        <source>标的额（元）</source>
        <translation>Amount in dispute (yuan)</translation>
    </message>
    <message>
        <source>案件来源(&amp;S)</source>
        <translation>Case &amp;source</translation>
    </message>
    <message>
        <source>调解方式(&amp;K)</source>
        <translation>Mediation m&amp;ode</translation>
    </message>
    <message>
        <source>受理法庭(&amp;L)</source>
        <translation>Receiving tribuna&amp;l</translation>
    </message>
</context>
<context>
    <name>IntakeMediatorsPage</name>
    <message>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>选填。空格键勾选；第一位勾选的调解员主持调解。也可以登记后再指派。</source>
        <translation>Optional. Press Space to tick; the first mediator ticked presides. Mediators can also be assigned after registration.</translation>
    </message>
    <message>
        <source>调解员名册(&amp;M)</source>
        <translation>&amp;Mediator roster</translation>
    </message>
    <message>
        <source>调解员名册</source>
        <translation>Mediator roster</translation>
    </message>
    <message>
        <source>已接受委派，日期(&amp;D)</source>
        <translation>Assignment accepte&amp;d on</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>接受委派日期</source>
        <translation>Date the assignment was accepted</translation>
    </message>
    <message>
        <source>30 日调解期限自接受委派之日起计算；不勾选则登记后在案件中填写。</source>
        <translation>The 30-day mediation period runs from the day the assignment is accepted; if unticked, enter the date in the case after registration.</translation>
    </message>
</context>
<context>
    <name>IntakePartiesPage</name>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>至少一名申请人和一名被申请人；Ctrl+Shift+A 添加当事人。证件号码边输边查。</source>
        <translation>At least one applicant and one respondent; Ctrl+Shift+A adds a party. ID numbers are checked as you type.</translation>
    </message>
    <message>
        <source>当事人列表(&amp;L)</source>
        <translation>Party &amp;list</translation>
    </message>
    <message>
        <source>当事人列表</source>
        <translation>Party list</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>添加当事人（Ctrl+Shift+A）</source>
        <translation>Add a party (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>删除(&amp;E)</source>
        <translation>D&amp;elete</translation>
    </message>
    <message>
        <source>删除选中的当事人</source>
        <translation>Delete the selected party</translation>
    </message>
    <message>
        <source>地位(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>姓名或名称</source>
        <translation>Name of the person or organization</translation>
    </message>
    <message>
        <source>身份证号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>18位；末位可为 X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>身份证号码检查结果</source>
        <translation>ID number check result</translation>
    </message>
    <message>
        <source>统一社会信用代码(&amp;C)</source>
        <translation>Unified social &amp;credit code</translation>
    </message>
    <message>
        <source>18位，营业执照上的代码</source>
        <translation>18 characters, the code on the business licence</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>统一社会信用代码检查结果</source>
        <translation>Unified social credit code check result</translation>
    </message>
    <message>
        <source>法定代表人(&amp;D)</source>
        <translation>Le&amp;gal representative</translation>
    </message>
    <message>
        <source>法定代表人或负责人</source>
        <translation>Legal representative or person in charge</translation>
    </message>
    <message>
        <source>职务(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>联系电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>手机或固定电话（未填区号按 0438）</source>
        <translation>Mobile or landline (area code 0438 if none is given)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址(&amp;S)</source>
        <translation>Addre&amp;ss</translation>
    </message>
    <message>
        <source>住址或住所地</source>
        <translation>Address or domicile</translation>
    </message>
    <message>
        <source>民族(&amp;Z)</source>
        <translation>Et&amp;hnicity</translation>
    </message>
    <message>
        <source>如：汉族、蒙古族</source>
        <translation>e.g. Han, Mongol</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>职业(&amp;O)</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>使用已登记的当事人(&amp;U)</source>
        <translation>&amp;Use registered party</translation>
    </message>
</context>
<context>
    <name>IntakeReviewPage</name>
    <message>
        <source>核对并登记</source>
        <translation>Review and register</translation>
    </message>
    <message>
        <source>核对无误后按“完成登记”（Enter）。返回上一步修改不会丢失已填内容。</source>
        <translation>When everything is correct, press “Finish registration” (Enter). Going back to make changes keeps what you have entered.</translation>
    </message>
    <message>
        <source>登记内容摘要</source>
        <translation>Summary of the registration</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>行政机关</source>
        <translation>Administrative organ</translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>负责人/法定代表人</source>
        <translation>Person in charge / legal representative</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>地位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>已登记当事人</source>
        <translation>Registered party</translation>
    </message>
    <message>
        <source>被代理人</source>
        <translation>Represented party</translation>
    </message>
    <message>
        <source>已输入 {n} 位，应为 18 位</source>
        <translation>{n} characters entered; 18 are needed</translation>
    </message>
    <message>
        <source>{sex}，{y}年{m}月{d}日出生（{age}岁）</source>
        <translation>{sex}, born {y}-{m}-{d} (age {age})</translation>
    </message>
    <message>
        <source>代码有效</source>
        <translation>Code is valid</translation>
    </message>
    <message>
        <source>已输入 {n} 位，手机号码应为 11 位</source>
        <translation>{n} digits entered; a mobile number has 11</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>固定电话 {number}</source>
        <translation>Landline {number}</translation>
    </message>
    <message>
        <source>登记新案件</source>
        <translation>Register a new case</translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>完成登记(&amp;F)</source>
        <translation>&amp;Finish registration</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>放弃登记</source>
        <translation>Discard registration</translation>
    </message>
    <message>
        <source>已填写的内容尚未登记，确定放弃吗？</source>
        <translation>What you have entered has not been registered. Discard it?</translation>
    </message>
    <message>
        <source>案件已登记（{number}），但指派调解员未成功：{reason}
请在案件中重新指派。</source>
        <translation>The case has been registered ({number}), but the mediators could not be assigned: {reason}
Please assign them again in the case.</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <source>争议行政行为</source>
        <translation>Administrative act in dispute</translation>
    </message>
    <message>
        <source>纠纷地点</source>
        <translation>Place of dispute</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>主要事实</source>
        <translation>Main facts</translation>
    </message>
    <message>
        <source>调解请求</source>
        <translation>Mediation request</translation>
    </message>
    <message>
        <source>标的额</source>
        <translation>Amount in dispute</translation>
    </message>
    <message>
        <source>来源／方式／法庭</source>
        <translation>Source / method / tribunal</translation>
    </message>
    <message>
        <source>纠纷</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>关联已登记的当事人「{name}」，其资料不修改</source>
        <translation>Linked to the registered party “{name}”; their details are not changed</translation>
    </message>
    <message>
        <source>证件号码与已登记的当事人相同：登记时关联该当事人，其资料不修改</source>
        <translation>Same ID number as a registered party: that party will be linked on registration and their details are not changed</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>{name}（主持）</source>
        <translation>{name} (presiding)</translation>
    </message>
    <message>
        <source>暂不指派</source>
        <translation>Not assigned yet</translation>
    </message>
    <message>
        <source>；{day} 接受委派，自该日起计算调解期限</source>
        <translation>; assignment accepted on {day}, the mediation period runs from that day</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>导出 Excel(&amp;E)…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>分流(&amp;T)…</source>
        <translation>&amp;Triage…</translation>
    </message>
    <message>
        <source>登记开庭(&amp;N)…</source>
        <translation>&amp;New hearing…</translation>
    </message>
    <message>
        <source>登记出庭情况(&amp;A)…</source>
        <translation>Record &amp;appearance…</translation>
    </message>
    <message>
        <source>登记反馈(&amp;R)…</source>
        <translation>Record &amp;reply…</translation>
    </message>
    <message>
        <source>登记以庭代训(&amp;N)…</source>
        <translation>&amp;New trial observation…</translation>
    </message>
    <message>
        <source>登记申请(&amp;N)…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <source>审查决定(&amp;J)…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>发放(&amp;F)…</source>
        <translation>&amp;Pay…</translation>
    </message>
    <message>
        <source>入账(&amp;N)…</source>
        <translation>&amp;New income…</translation>
    </message>
    <message>
        <source>变更状态(&amp;S)…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>登记项目(&amp;N)…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>登记会议(&amp;N)…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>事项办结(&amp;D)…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <source>请先在表中选中一行</source>
        <translation>Select a row in the table first</translation>
    </message>
    <message>
        <source>{title}：{n} 条</source>
        <translation>{title}: {n} rows</translation>
    </message>
    <message>
        <source>{label}：{due}（{left}）</source>
        <translation>{label}: {due} ({left})</translation>
    </message>
    <message>
        <source>剩 {n} 日</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>已过 {n} 日</source>
        <translation>passed {n} days ago</translation>
    </message>
    <message>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>LinkageForms</name>
    <message>
        <source>出庭情况</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>出庭负责人</source>
        <translation>Head who appeared</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>未出庭理由</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>已提交盖章或签字的书面证明</source>
        <translation>Sealed or signed proof submitted</translation>
    </message>
    <message>
        <source>未经许可中途退庭</source>
        <translation>Left without permission</translation>
    </message>
    <message>
        <source>拒绝就实质性解决争议发表意见</source>
        <translation>Refused to speak on resolving the dispute</translation>
    </message>
    <message>
        <source>就实质性解决争议发表了意见</source>
        <translation>Spoke on resolving the dispute</translation>
    </message>
    <message>
        <source>登记负责人出庭情况</source>
        <translation>Record agency-head appearance</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <source>采纳情况</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>反馈内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>优秀司法建议</source>
        <translation>Excellent recommendation</translation>
    </message>
    <message>
        <source>登记司法建议书反馈</source>
        <translation>Record recommendation reply</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>落实事项办结</source>
        <translation>Follow-up item done</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>被诉机关</source>
        <translation>Defendant agency</translation>
    </message>
    <message>
        <source>观摩单位（顿号分隔）</source>
        <translation>Observing bodies (separated by 、)</translation>
    </message>
    <message>
        <source>观摩人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>其中人大代表、政协委员</source>
        <translation>Of whom deputies and CPPCC members</translation>
    </message>
    <message>
        <source>负责人出庭</source>
        <translation>Heads in court</translation>
    </message>
    <message>
        <source>授课/点评法官</source>
        <translation>Lecturing judge</translation>
    </message>
    <message>
        <source>座谈要点</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>登记以庭代训</source>
        <translation>Record trial observation</translation>
    </message>
    <message>
        <source>元，如 30000</source>
        <translation>yuan, e.g. 30000</translation>
    </message>
    <message>
        <source>分流</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>分流日期</source>
        <translation>Triage date</translation>
    </message>
    <message>
        <source>开庭日期</source>
        <translation>Hearing date</translation>
    </message>
    <message>
        <source>出庭通知书送达日期</source>
        <translation>Notice served on</translation>
    </message>
    <message>
        <source>审级</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>属应当通知负责人出庭的案件</source>
        <translation>Head must be notified to appear</translation>
    </message>
    <message>
        <source>原案案号</source>
        <translation>Original case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>申请金额</source>
        <translation>Amount requested</translation>
    </message>
    <message>
        <source>申请理由</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>救助金额</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>救助案号</source>
        <translation>Relief case number</translation>
    </message>
    <message>
        <source>审查意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>从慈善救助基金支出</source>
        <translation>Pay from the charity fund</translation>
    </message>
    <message>
        <source>入账日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>项目单位</source>
        <translation>Project unit</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>评估日期</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>研判涉诉案件</source>
        <translation>Cases studied</translation>
    </message>
    <message>
        <source>法律风险提示</source>
        <translation>Legal-risk opinion</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>参会单位</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>决定事项</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>落实事项</source>
        <translation>Follow-up items</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LinkagePage</name>
    <message>
        <source>&lt;h2&gt;府院联动&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Government–court linkage&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>协调化解中心</source>
        <translation>Dispute centre</translation>
    </message>
    <message>
        <source>负责人出庭</source>
        <translation>Heads in court</translation>
    </message>
    <message>
        <source>司法建议</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>以庭代训</source>
        <translation>Trial observation</translation>
    </message>
    <message>
        <source>司法救助</source>
        <translation>Judicial relief</translation>
    </message>
    <message>
        <source>救助基金</source>
        <translation>Relief fund</translation>
    </message>
    <message>
        <source>无讼村屯</source>
        <translation>Litigation-free villages</translation>
    </message>
    <message>
        <source>重大项目</source>
        <translation>Major projects</translation>
    </message>
    <message>
        <source>联席会议</source>
        <translation>Joint meetings</translation>
    </message>
    <message>
        <source>涉企通道</source>
        <translation>SME channel</translation>
    </message>
    <message>
        <source>暂无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>预警（{n}）</source>
        <translation>Warnings ({n})</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>「{user}」离开时自动锁定；未保存的内容仍在，输入密码继续。</source>
        <translation>Locked automatically while “{user}” was away; nothing unsaved is lost. Enter the password to go on.</translation>
    </message>
    <message>
        <source>解锁(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 · 府院联动·诉前调解工作台</source>
        <translation>Log in · Court–Government Linkage Pre-litigation Mediation Workbench</translation>
    </message>
    <message>
        <source>本机数据已加密。请用您的账户登录。</source>
        <translation>The data on this computer is encrypted. Please log in with your account.</translation>
    </message>
    <message>
        <source>账户(&amp;N)：</source>
        <translation>Account &amp;name:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>登录(&amp;L)</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>请填写账户和密码</source>
        <translation>Please enter the account and the password</translation>
    </message>
    <message>
        <source>正在验证…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>日程</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>府院联动</source>
        <translation>Linkage</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>数据中心</source>
        <translation>Data centre</translation>
    </message>
    <message>
        <source>府院联动·诉前调解工作台 — 中院数据中心</source>
        <translation>Fuyuan pre-litigation mediation workbench — intermediate court data centre</translation>
    </message>
    <message>
        <source>{page}（Ctrl+{key}）</source>
        <translation>{page} (Ctrl+{key})</translation>
    </message>
    <message>
        <source>府院联动·诉前调解工作台</source>
        <translation>Court–Government Linkage · Pre-litigation Mediation Workbench</translation>
    </message>
    <message>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>正在打开案件库；库为空时先生成 {n} 件演示案件…</source>
        <translation>Opening the case store; an empty one first gets {n} demo cases…</translation>
    </message>
    <message>
        <source>无法打开案件库：{error}</source>
        <translation>The case store could not be opened: {error}</translation>
    </message>
    <message>
        <source>正在打开中院数据中心…</source>
        <translation>Opening the data centre…</translation>
    </message>
    <message>
        <source>{where} 还不是中院数据中心。
要在这里新建一个吗？（生成中院的加密与签名密钥、建库；已有的中院端请改选其文件夹）</source>
        <translation>{where} is not a data centre yet.
Create one here? (This makes the hub&apos;s encryption and signing keys and its database; for an existing hub choose its folder instead.)</translation>
    </message>
</context>
<context>
    <name>MediatorsPage</name>
    <message>
        <source>调解员名册中还没有人；可以先登记，之后在案件中指派。</source>
        <translation>The mediator roster is empty; you can register the case now and assign mediators in the case later.</translation>
    </message>
    <message>
        <source>主持调解：{name}</source>
        <translation>Presiding: {name}</translation>
    </message>
    <message>
        <source>填写接受委派日期时，请至少勾选一名调解员</source>
        <translation>To enter the date the assignment was accepted, tick at least one mediator</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>正在打开案件库…</source>
        <translation>Opening the case store…</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>（已关联）</source>
        <translation> (linked)</translation>
    </message>
    <message>
        <source>（可能已登记）</source>
        <translation> (may already be registered)</translation>
    </message>
    <message>
        <source>（未填姓名/名称）</source>
        <translation>(no name entered)</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>名称(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>负责人(&amp;D)</source>
        <translation>Person in char&amp;ge</translation>
    </message>
    <message>
        <source>法定代表人(&amp;D)</source>
        <translation>Le&amp;gal representative</translation>
    </message>
    <message>
        <source>住址(&amp;S)</source>
        <translation>Addre&amp;ss</translation>
    </message>
    <message>
        <source>住所地(&amp;S)</source>
        <translation>Registered addre&amp;ss</translation>
    </message>
    <message>
        <source>选填，18位</source>
        <translation>Optional, 18 characters</translation>
    </message>
    <message>
        <source>18位，营业执照上的代码</source>
        <translation>18 characters, the code on the business licence</translation>
    </message>
    <message>
        <source>已关联已登记的当事人「{name}」：登记时使用其已有资料，不修改、不合并。</source>
        <translation>Linked to the registered party “{name}”: their existing details are used on registration, without changing or merging them.</translation>
    </message>
    <message>
        <source>取消关联(&amp;U)</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>；另有 {n} 个同名同电话的记录</source>
        <translation>; {n} more records with the same name and phone</translation>
    </message>
    <message>
        <source>已登记的当事人：&lt;b&gt;{name}&lt;/b&gt;（{reason}）</source>
        <translation>Registered party: &lt;b&gt;{name}&lt;/b&gt; ({reason})</translation>
    </message>
    <message>
        <source>使用已登记的当事人(&amp;U)</source>
        <translation>&amp;Use registered party</translation>
    </message>
    <message>
        <source>姓名/名称未填</source>
        <translation>name not entered</translation>
    </message>
    <message>
        <source>统一社会信用代码未填（单位必填）</source>
        <translation>unified social credit code not entered (required for an organization)</translation>
    </message>
    <message>
        <source>负责人未填（行政机关必填）</source>
        <translation>person in charge not entered (required for an administrative organ)</translation>
    </message>
    <message>
        <source>第{n}位当事人</source>
        <translation>Party {n}: </translation>
    </message>
    <message>
        <source>还需要一名申请人</source>
        <translation>An applicant is still needed</translation>
    </message>
    <message>
        <source>还需要一名被申请人（Ctrl+Shift+A 添加）</source>
        <translation>A respondent is still needed (Ctrl+Shift+A adds one)</translation>
    </message>
    <message>
        <source>行政争议的被申请人应为行政机关（类型选“行政机关”）</source>
        <translation>In an administrative dispute the respondent should be an administrative organ (kind “Administrative organ”)</translation>
    </message>
    <message>
        <source>第{n}位当事人{field}：{reason}</source>
        <translation>Party {n}, {field}: {reason}</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>来自设备</source>
        <translation>From device</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>违反业务规则的记录不会写入案件库，原样隔离在这里，同一数据包的其余记录照常导入。请与发送设备的法庭核实后在该设备上更正，更正后的记录随下一个数据包到达。</source>
        <translation>A record that breaks a rule is not written to the case store: it is kept aside here as received, and the rest of its bundle is imported. Check with the sending tribunal and correct it on that device; the corrected record arrives with the next bundle.</translation>
    </message>
    <message>
        <source>没有被隔离的记录。</source>
        <translation>No quarantined records.</translation>
    </message>
</context>
<context>
    <name>ReadBackView</name>
    <message>
        <source>笔录（供当事人核对）</source>
        <translation>Record (for the parties to check)</translation>
    </message>
    <message>
        <source>请当事人核对笔录。F11 全屏 / 退出全屏，Esc 关闭。</source>
        <translation>Parties, please check the record. F11 enters / leaves full screen, Esc closes.</translation>
    </message>
    <message>
        <source>笔录（只读）</source>
        <translation>Record (read-only)</translation>
    </message>
</context>
<context>
    <name>RecordConflictDialog</name>
    <message>
        <source>笔录在别处也保存过</source>
        <translation>The record was also saved elsewhere</translation>
    </message>
    <message>
        <source>本窗口的文字（尚未保存）</source>
        <translation>Text in this window (not yet saved)</translation>
    </message>
    <message>
        <source>已保存的最新版本</source>
        <translation>Latest saved version</translation>
    </message>
    <message>
        <source>合并两版后保存(&amp;B)</source>
        <translation>Merge &amp;both and save</translation>
    </message>
    <message>
        <source>以本窗口文字另存为新一版(&amp;M)</source>
        <translation>Save &amp;my text as a new version</translation>
    </message>
</context>
<context>
    <name>RecorderWindow</name>
    <message>
        <source>调解笔录</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <source>立即保存(&amp;S)</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>Ctrl+S；平时每 2 秒自动保存</source>
        <translation>Ctrl+S; otherwise saved automatically every 2 seconds</translation>
    </message>
    <message>
        <source>给当事人看(&amp;R)</source>
        <translation>&amp;Read back to the parties</translation>
    </message>
    <message>
        <source>大字只读，供当事人核对（F11 全屏）</source>
        <translation>Large read-only text for the parties to check (F11 full screen)</translation>
    </message>
    <message>
        <source>本次调解结束(&amp;E)</source>
        <translation>&amp;End this session</translation>
    </message>
    <message>
        <source>签到（勾选即到场）(&amp;Q)</source>
        <translation>&amp;Attendance (tick if present)</translation>
    </message>
    <message>
        <source>签到名单</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>插入发言人</source>
        <translation>Insert speaker</translation>
    </message>
    <message>
        <source>申请人&#x3000;Ctrl+1</source>
        <translation>Applicant  Ctrl+1</translation>
    </message>
    <message>
        <source>被申请人&#x3000;Ctrl+2</source>
        <translation>Respondent  Ctrl+2</translation>
    </message>
    <message>
        <source>调解员&#x3000;Ctrl+3</source>
        <translation>Mediator  Ctrl+3</translation>
    </message>
    <message>
        <source>第三人&#x3000;Ctrl+4</source>
        <translation>Third party  Ctrl+4</translation>
    </message>
    <message>
        <source>时间 [时:分]&#x3000;Ctrl+T</source>
        <translation>Time [hh:mm]  Ctrl+T</translation>
    </message>
    <message>
        <source>同一快捷键再按一次，换成同一身份的下一个人。</source>
        <translation>Press the same shortcut again to switch to the next person in that role.</translation>
    </message>
    <message>
        <source>笔录正文</source>
        <translation>Record text</translation>
    </message>
    <message>
        <source>在这里记录。Ctrl+1 申请人、Ctrl+2 被申请人、Ctrl+3 调解员、Ctrl+4 第三人、Ctrl+T 时间。每 2 秒自动保存。</source>
        <translation>Record here. Ctrl+1 applicant, Ctrl+2 respondent, Ctrl+3 mediator, Ctrl+4 third party, Ctrl+T time. Saved automatically every 2 seconds.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>安排调解</source>
        <translation>Schedule session</translation>
    </message>
    <message>
        <source>时间(&amp;T)</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>地点(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>留空则为纠纷地点</source>
        <translation>Leave empty to use the place of the dispute</translation>
    </message>
    <message>
        <source>时间按北京时间。</source>
        <translation>Times are Beijing time.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>从不</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>无操作多久后自动锁定窗口（启用账户的数据；未保存的内容不会丢失）</source>
        <translation>Lock the window after this long without input (stores with accounts; nothing unsaved is lost)</translation>
    </message>
    <message>
        <source>自动锁定(&amp;K)</source>
        <translation>Auto-loc&amp;k</translation>
    </message>
    <message>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>{name}（设备标识 {tag}）</source>
        <translation>{name} (device tag {tag})</translation>
    </message>
    <message>
        <source>已加密（SQLCipher 整库加密，附件加密存放）；以账户「{user}」登录</source>
        <translation>Encrypted (whole database with SQLCipher, attachments sealed); logged in as “{user}”</translation>
    </message>
    <message>
        <source>附件已加密，但数据库未加密（管理员明确允许不加密）</source>
        <translation>Attachments are sealed, but the database is not encrypted (an administrator explicitly allowed this)</translation>
    </message>
    <message>
        <source>未加密：笔记本丢失时案件资料可被读取。请管理员在命令行运行 `fuyuan init --admin 姓名` 启用账户并就地加密（先自动备份）。</source>
        <translation>Not encrypted: if this laptop is lost, the case files can be read. An administrator should run `fuyuan init --admin NAME` to set up accounts and encrypt the data in place (a backup is made first).</translation>
    </message>
    <message>
        <source>选择中院端文件夹（新建中院端请选一个空文件夹）</source>
        <translation>Choose the hub folder (an empty folder for a new hub)</translation>
    </message>
    <message>
        <source>已在新窗口中打开数据中心：{folder}</source>
        <translation>The data centre opened in a new window: {folder}</translation>
    </message>
    <message>
        <source>无法启动数据中心窗口：{program}</source>
        <translation>Could not start the data centre window: {program}</translation>
    </message>
    <message>
        <source>正在生成 {count} 件演示案件……</source>
        <translation>Generating {count} demo cases…</translation>
    </message>
    <message>
        <source>已生成 {disputes} 件演示案件、{sessions} 个调解场次。</source>
        <translation>Generated {disputes} demo cases and {sessions} sessions.</translation>
    </message>
    <message>
        <source>已取消，没有写入任何数据。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>生成失败，没有写入任何数据。</source>
        <translation>Generation failed; nothing was written.</translation>
    </message>
    <message>
        <source>正在生成演示数据……</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <source>正在检查……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>审计链完整：共 {events} 条记录，未发现改动。</source>
        <translation>The audit chain is intact: {events} events, no changes found.</translation>
    </message>
    <message>
        <source>审计链有 {count} 处问题：</source>
        <translation>The audit chain has {count} problems:</translation>
    </message>
    <message>
        <source>……另有 {count} 处</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>正在检查审计链……</source>
        <translation>Checking the audit chain…</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>本机所属法庭</source>
        <translation>Tribunal of this computer</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>数据目录</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>打开文件夹(&amp;O)</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>数据保护</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>重新启动后生效</source>
        <translation>Takes effect after a restart</translation>
    </message>
    <message>
        <source>字号(&amp;F)</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>笔录自动保存间隔(&amp;A)</source>
        <translation>Record &amp;autosave every</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>演示案件数(&amp;N)</source>
        <translation>Demo cases (&amp;N)</translation>
    </message>
    <message>
        <source>生成演示数据(&amp;G)</source>
        <translation>&amp;Generate demo data</translation>
    </message>
    <message>
        <source>演示数据是虚构的松原案件，用于培训和试用；生成后无法单独删除，请勿在正式数据库中使用。</source>
        <translation>Demo data are fictitious Songyuan cases for training and trying things out; they cannot be removed separately afterwards, so do not generate them in a live database.</translation>
    </message>
    <message>
        <source>审计链</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <source>检查审计链(&amp;V)</source>
        <translation>&amp;Verify audit chain</translation>
    </message>
    <message>
        <source>中院数据中心</source>
        <translation>Intermediate court data centre</translation>
    </message>
    <message>
        <source>以数据中心模式打开(&amp;H)…</source>
        <translation>Open as data centre (&amp;hub mode)…</translation>
    </message>
    <message>
        <source>中院工作人员：选择中院端文件夹，在新窗口中导入各法庭的数据包、查看设备、缺漏、隔离与冲突</source>
        <translation>For intermediate court staff: choose the hub folder to import the tribunals&apos; bundles and see devices, gaps, quarantine and conflicts in a new window</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>&lt;h2&gt;统计&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Statistics&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>全部法院</source>
        <translation>All courts</translation>
    </message>
    <message>
        <source>全部法庭</source>
        <translation>All tribunals</translation>
    </message>
    <message>
        <source>期间(&amp;P)</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>法院(&amp;C)</source>
        <translation>&amp;Court</translation>
    </message>
    <message>
        <source>法庭(&amp;T)</source>
        <translation>&amp;Tribunal</translation>
    </message>
    <message>
        <source>生成白皮书(&amp;W)…</source>
        <translation>&amp;White paper…</translation>
    </message>
    <message>
        <source>登记纠纷（件）</source>
        <translation>Disputes registered</translation>
    </message>
    <message>
        <source>调解成功率</source>
        <translation>Mediation success rate</translation>
    </message>
    <message>
        <source>平均化解用时（日）</source>
        <translation>Average days to resolution</translation>
    </message>
    <message>
        <source>行政争议化解（件）</source>
        <translation>Administrative disputes resolved</translation>
    </message>
    <message>
        <source>化解率（化解÷受理）</source>
        <translation>Resolution rate (resolved ÷ accepted)</translation>
    </message>
    <message>
        <source>负责人出庭应诉率</source>
        <translation>Agency-head appearance rate</translation>
    </message>
    <message>
        <source>发出司法建议（份）</source>
        <translation>Recommendations issued</translation>
    </message>
    <message>
        <source>司法建议反馈率</source>
        <translation>Recommendation reply rate</translation>
    </message>
    <message>
        <source>以庭代训观摩（人次）</source>
        <translation>Officials observing trials</translation>
    </message>
    <message>
        <source>无讼村屯（已达标）</source>
        <translation>Litigation-free villages (achieved)</translation>
    </message>
    <message>
        <source>重大项目研判涉诉案件（件）</source>
        <translation>Project-risk cases studied</translation>
    </message>
    <message>
        <source>类案建议所涉最大类案（件）</source>
        <translation>Largest cluster behind a recommendation</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Computing statistics…</translation>
    </message>
    <message>
        <source>纠纷类型（前 10 类）</source>
        <translation>Dispute categories (top 10)</translation>
    </message>
    <message>
        <source>按月份（近 12 个月）</source>
        <translation>By month (last 12 months)</translation>
    </message>
    <message>
        <source>按乡镇（园区）（前 10 位）</source>
        <translation>By township or park (top 10)</translation>
    </message>
    <message>
        <source>按法庭（前 10 位）</source>
        <translation>By tribunal (top 10)</translation>
    </message>
    <message>
        <source>已结 {closed} 件，其中调解成功 {ok} 件；行政争议受理 {acc} 件；开庭审理的行政案件 {heard} 件，负责人出庭 {app} 件（正职 {chief} 件）；司法建议已反馈 {replied} 份，按期 {in_time} 份。</source>
        <translation>{closed} closed, {ok} mediated successfully; {acc} administrative disputes accepted; {heard} administrative cases heard, a head appeared in {app} ({chief} the chief); {replied} recommendations answered, {in_time} on time.</translation>
    </message>
    <message>
        <source>生成白皮书</source>
        <translation>Generate white paper</translation>
    </message>
    <message>
        <source>{year}年度行政审判白皮书.pdf</source>
        <translation>{year} administrative adjudication white paper.pdf</translation>
    </message>
    <message>
        <source>正在生成白皮书…</source>
        <translation>Generating the white paper…</translation>
    </message>
    <message>
        <source>已生成 {path}（{pages} 页）</source>
        <translation>Wrote {path} ({pages} pages)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>只有{who}可以{action}</source>
        <translation>Only {who} may do this ({action})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;同步&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sync&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>数据交换(&amp;S)</source>
        <translation>Data &amp;sync</translation>
    </message>
    <message>
        <source>冲突复核(&amp;C)</source>
        <translation>&amp;Conflict review</translation>
    </message>
    <message>
        <source>隔离记录(&amp;Q)</source>
        <translation>&amp;Quarantined records</translation>
    </message>
    <message>
        <source>本机与中院</source>
        <translation>This computer and the intermediate court</translation>
    </message>
    <message>
        <source>中院：</source>
        <translation>Intermediate court:</translation>
    </message>
    <message>
        <source>上次导出：</source>
        <translation>Last export:</translation>
    </message>
    <message>
        <source>上次回执：</source>
        <translation>Last receipt:</translation>
    </message>
    <message>
        <source>待发送：</source>
        <translation>Pending:</translation>
    </message>
    <message>
        <source>设备登记</source>
        <translation>Device enrolment</translation>
    </message>
    <message>
        <source>生成登记申请(&amp;R)…</source>
        <translation>Create enrolment &amp;request…</translation>
    </message>
    <message>
        <source>安装中院授权(&amp;G)…</source>
        <translation>Install &amp;grant from intermediate court…</translation>
    </message>
    <message>
        <source>经网络申请登记(&amp;W)…</source>
        <translation>Request enrollment over the net&amp;work…</translation>
    </message>
    <message>
        <source>取回中院授权(&amp;F)</source>
        <translation>&amp;Fetch the hub&apos;s grant</translation>
    </message>
    <message>
        <source>U 盘交换</source>
        <translation>USB stick exchange</translation>
    </message>
    <message>
        <source>导出到 U 盘(&amp;E)</source>
        <translation>&amp;Export to USB stick</translation>
    </message>
    <message>
        <source>导出到其他文件夹…</source>
        <translation>Export to another folder…</translation>
    </message>
    <message>
        <source>移动磁盘：</source>
        <translation>Removable drive:</translation>
    </message>
    <message>
        <source>应用中院回执(&amp;A)…</source>
        <translation>&amp;Apply receipt from intermediate court…</translation>
    </message>
    <message>
        <source>法院网络</source>
        <translation>Court network</translation>
    </message>
    <message>
        <source>经网络同步(&amp;N)</source>
        <translation>Sync over &amp;network</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>待发送明细：{text}</source>
        <translation>Pending details: {text}</translation>
    </message>
    <message>
        <source>授权中没有中院端网络地址</source>
        <translation>The grant contains no network address for the hub</translation>
    </message>
    <message>
        <source>（未发现 U 盘，可用“导出到其他文件夹”）</source>
        <translation>(No USB stick found; use “Export to another folder”)</translation>
    </message>
    <message>
        <source>已生成登记申请 {path}（设备 {tag}），请交中院批准。</source>
        <translation>Enrolment request {path} created (device {tag}); please submit it to the intermediate court for approval.</translation>
    </message>
    <message>
        <source>中院已批准本机：请按“取回中院授权”。</source>
        <translation>The hub approved this laptop: press &quot;Fetch the hub&apos;s grant&quot;.</translation>
    </message>
    <message>
        <source>登记申请已送达中院。请把核对码 {code} 告诉中院工作人员（电话或当面），中院批准后按“取回中院授权”。</source>
        <translation>The request reached the hub. Tell the hub staff the code {code} (by phone or in person); once they approve, press &quot;Fetch the hub&apos;s grant&quot;.</translation>
    </message>
    <message>
        <source>正在向中院发送登记申请……</source>
        <translation>Sending the enrollment request to the hub…</translation>
    </message>
    <message>
        <source>中院尚未批准，核对码 {code}。批准后再按“取回中院授权”。</source>
        <translation>Not approved yet (code {code}). Press &quot;Fetch the hub&apos;s grant&quot; again once it is.</translation>
    </message>
    <message>
        <source>中院驳回了本机的登记申请：{reason}</source>
        <translation>The hub rejected this laptop&apos;s request: {reason}</translation>
    </message>
    <message>
        <source>已安装授权：本机可向「{hub}」同步。请与中院工作人员核对中院密钥码 {code}，不符请勿同步并报告中院。</source>
        <translation>Grant installed: this laptop can sync with &quot;{hub}&quot;. Compare the hub key code {code} with the hub staff; if it differs, do not sync and report it.</translation>
    </message>
    <message>
        <source>正在向中院取回授权……</source>
        <translation>Fetching the grant from the hub…</translation>
    </message>
    <message>
        <source>已安装授权：本机可向「{hub}」同步。</source>
        <translation>Grant installed: this computer can now sync with “{hub}”.</translation>
    </message>
    <message>
        <source>已应用回执：正式案号 {n} 个，更新记录 {m} 条。</source>
        <translation>Receipt applied: {n} official case numbers received, {m} records updated.</translation>
    </message>
    <message>
        <source>被隔离：{reason}</source>
        <translation>Quarantined: {reason}</translation>
    </message>
    <message>
        <source>本机已被中院停用：{reason}</source>
        <translation>This computer has been deactivated by the intermediate court: {reason}</translation>
    </message>
    <message>
        <source>已导出第 {seq} 个数据包：{rows} 条记录、{blobs} 个附件，写入 {folder}（{n} 个文件）。中院回执导入之前，这些数据仍算待发送。</source>
        <translation>Exported bundle no. {seq}: {rows} records and {blobs} attachments, written to {folder} ({n} files). Until the intermediate court’s receipt is applied, this data still counts as pending.</translation>
    </message>
    <message>
        <source>已取消，U 盘上没有留下文件。</source>
        <translation>Cancelled; no files were left on the USB stick.</translation>
    </message>
    <message>
        <source>正在加密导出……</source>
        <translation>Encrypting and exporting…</translation>
    </message>
    <message>
        <source>正在与中院同步……</source>
        <translation>Syncing with the intermediate court…</translation>
    </message>
    <message>
        <source>保存登记申请</source>
        <translation>Save enrolment request</translation>
    </message>
    <message>
        <source>经网络申请登记</source>
        <translation>Request enrollment over the network</translation>
    </message>
    <message>
        <source>中院端地址（中院信息技术部门提供，如 https://10.22.1.5:8443）：</source>
        <translation>Hub address (from the court&apos;s IT department, e.g. https://10.22.1.5:8443):</translation>
    </message>
    <message>
        <source>选择中院授权文件</source>
        <translation>Choose grant file from the intermediate court</translation>
    </message>
    <message>
        <source>选择中院回执</source>
        <translation>Choose receipt from the intermediate court</translation>
    </message>
    <message>
        <source>回执 (*.fyr)</source>
        <translation>Receipts (*.fyr)</translation>
    </message>
    <message>
        <source>选择导出文件夹</source>
        <translation>Choose export folder</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
</TS>
