<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Anchorline</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>開いています</translation>
    </message>
    <message>
        <source>Preparing the views…</source>
        <translation>表示を準備しています…</translation>
    </message>
</context>
<context>
    <name>Anchorline::App::FileActions</name>
    <message>
        <source>Import timeline</source>
        <translation>年表を読み込む</translation>
    </message>
    <message>
        <source>TimelineJS3 JSON or CSV (*.json *.csv)</source>
        <translation>TimelineJS3 JSON または CSV (*.json *.csv)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>Nothing could be imported from %1</source>
        <translation>%1 から何も読み込めませんでした</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>No event could be read from %1.</source>
        <translation>%1 からイベントを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Imported %1 events from %2</source>
        <translation>%2 から %1 件のイベントを読み込みました</translation>
    </message>
    <message>
        <source>Imported with problems</source>
        <translation>問題ありで読み込みました</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be used and were left out.</source>
        <translation>
            <numerusform>%n 件の項目は使用できなかったため除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export visible events as CSV</source>
        <translation>表示中のイベントを CSV で書き出す</translation>
    </message>
    <message>
        <source>Export visible events as TimelineJS3</source>
        <translation>表示中のイベントを TimelineJS3 で書き出す</translation>
    </message>
    <message>
        <source>Export sources as CSL-JSON</source>
        <translation>出典を CSL-JSON で書き出す</translation>
    </message>
    <message>
        <source>Export sources as BibTeX</source>
        <translation>出典を BibTeX で書き出す</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Exported %1; %2</source>
        <translation>%1 を書き出しました。%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 matches no source; pick a source in the Source Text panel first.</source>
        <translation>%1 はどの出典にも一致しません。先に「出典テキスト」パネルで出典を選んでください。</translation>
    </message>
    <message>
        <source>Attached %1 to %2</source>
        <translation>%1 を %2 に添付しました</translation>
    </message>
    <message>
        <source>Export as web page</source>
        <translation>ウェブページとして書き出す</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>ウェブページ (*.html)</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>含まれないもの: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::App::MainWindow</name>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Documents × themes</source>
        <translation>文書 × テーマ</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>イベントの詳細</translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation>出典テキスト</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>関係図</translation>
    </message>
    <message>
        <source>Cross-references</source>
        <translation>相互参照</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>元に戻す履歴</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>元に戻す履歴</translation>
    </message>
    <message>
        <source>Tours</source>
        <translation>ツアー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>付属のデータセットを開く(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Set &amp;Library Folder…</source>
        <translation>ライブラリフォルダーを設定(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>フィルターを解除(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to &amp;Current Event</source>
        <translation>現在のイベントに拡大(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <source>Present from the &amp;Current Event</source>
        <translation>現在のイベントからプレゼンテーション(&amp;C)</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>「%1」を表示</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>次のイベント(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>前のイベント(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Anchorline</source>
        <translation>Anchorline について(&amp;A)</translation>
    </message>
    <message>
        <source>About Anchorline</source>
        <translation>Anchorline について</translation>
    </message>
    <message>
        <source>Anchorline %1
An explorer for policy timelines: every claim leads back to a passage in a source.</source>
        <translation>Anchorline %1
政策年表のエクスプローラー: すべての記述が出典の一節にさかのぼれます。</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>English (&amp;E)</translation>
    </message>
    <message>
        <source>日本語 (&amp;Japanese)</source>
        <translation>日本語(&amp;J)</translation>
    </message>
    <message>
        <source>The language changes when Anchorline is started again.</source>
        <translation>言語は Anchorline の次回起動時に切り替わります。</translation>
    </message>
    <message>
        <source>Anchorline User Guide</source>
        <translation>Anchorline ユーザーガイド</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>「%1」には保存されていない変更があります。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>続ける前に保存しますか?</translation>
    </message>
    <message>
        <source>Opened the bundled dataset</source>
        <translation>付属のデータセットを開きました</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>Anchorline could not open %1. Nothing that was open has changed.</source>
        <translation>Anchorline は %1 を開けませんでした。開いていた内容は変更されていません。</translation>
    </message>
    <message>
        <source>This dataset has no tour to make a handout of.</source>
        <translation>このデータセットには配布資料にできるツアーがありません。</translation>
    </message>
    <message>
        <source>Export tour handout</source>
        <translation>ツアーの配布資料を書き出す</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export handout</source>
        <translation>配布資料を書き出せません</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>データセットを開く</translation>
    </message>
    <message>
        <source>Anchorline datasets (*.anchorline.json *.json)</source>
        <translation>Anchorline データセット (*.anchorline.json *.json)</translation>
    </message>
    <message>
        <source>Save dataset as</source>
        <translation>データセットに名前を付けて保存</translation>
    </message>
    <message>
        <source>Anchorline datasets (*.anchorline.json)</source>
        <translation>Anchorline データセット (*.anchorline.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>The file on disk was not changed and your data is still open.</source>
        <translation>ディスク上のファイルは変更されておらず、データは開いたままです。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Library folder with source texts</source>
        <translation>出典テキストのあるライブラリフォルダー</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation>%2 件中 %1 件のイベントを表示</translation>
    </message>
    <message>
        <source>Analysis views</source>
        <translation>分析ビュー</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 was removed from disk; Save writes it again.</source>
        <translation>%1 はディスクから削除されました。保存すると再び書き込まれます。</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>新しいイベント(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>イベントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>イベントを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>New &amp;Relation from Current Event…</source>
        <translation>現在のイベントから新しい関係(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Anchor Selection to Event…</source>
        <translation>選択範囲をイベントにアンカー(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Select a passage in the Source Text panel first.</source>
        <translation>先に「出典テキスト」パネルで一節を選択してください。</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>未保存の作業を復元</translation>
    </message>
    <message>
        <source>Anchorline did not close normally. Unsaved changes to “%1” were autosaved on %2.</source>
        <translation>Anchorline は正常に終了しませんでした。「%1」の未保存の変更は %2 に自動保存されています。</translation>
    </message>
    <message>
        <source>Recover them? Discarding deletes the autosave.</source>
        <translation>復元しますか? 破棄すると自動保存も削除されます。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Could not recover: %1</source>
        <translation>復元できませんでした: %1</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 は別のプログラムによって変更されました。</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version (Save will overwrite the file)?</source>
        <translation>再読み込みして未保存の変更を破棄しますか? それとも開いている版を残しますか(保存するとファイルを上書きします)?</translation>
    </message>
    <message>
        <source>Reload it, or keep the version that is open?</source>
        <translation>再読み込みしますか? それとも開いている版を残しますか?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>開いている版を残す</translation>
    </message>
    <message>
        <source>Relation &amp;Arcs on Timeline</source>
        <translation>年表上の関係の弧(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Manage Data</source>
        <translation>データの管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>出典(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Actors…</source>
        <translation>主体(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>テーマ(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Eras…</source>
        <translation>時代区分(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Metrics…</source>
        <translation>指標(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import Timeline (TimelineJS3, CSV)…</source>
        <translation>年表を読み込む (TimelineJS3、CSV)(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Timeline Image…</source>
        <translation>年表の画像を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation>データを書き出す(&amp;D)</translation>
    </message>
    <message>
        <source>Visible Events as &amp;CSV…</source>
        <translation>表示中のイベントを CSV で(&amp;C)…</translation>
    </message>
    <message>
        <source>Visible Events as &amp;TimelineJS3…</source>
        <translation>表示中のイベントを TimelineJS3 で(&amp;T)…</translation>
    </message>
    <message>
        <source>Sources as CSL-&amp;JSON…</source>
        <translation>出典を CSL-JSON で(&amp;J)…</translation>
    </message>
    <message>
        <source>Sources as &amp;BibTeX…</source>
        <translation>出典を BibTeX で(&amp;B)…</translation>
    </message>
    <message>
        <source>Export Tour &amp;Handout (PDF)…</source>
        <translation>ツアーの配布資料を書き出す (PDF)(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Exported the timeline image</source>
        <translation>年表の画像を書き出しました</translation>
    </message>
    <message>
        <source>&amp;Relations…</source>
        <translation>関係(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Focus Scale</source>
        <translation>フォーカス目盛り(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Compress long stretches without events, so busy years get the width</source>
        <translation>出来事のない長い期間を詰めて、出来事の多い年に幅を割り当てます</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>凡例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Data Language</source>
        <translation>データの言語(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Automatic (Interface Language)</source>
        <translation>自動（インターフェースの言語）(&amp;A)</translation>
    </message>
    <message>
        <source>The Dataset&apos;s &amp;Own Text</source>
        <translation>データセットの原文(&amp;O)</translation>
    </message>
    <message>
        <source>The Dataset&apos;s &amp;Own Text: %1</source>
        <translation>データセットの原文: %1(&amp;O)</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation>%1 を開くのを取り消しました</translation>
    </message>
    <message>
        <source>Export &amp;Web Page…</source>
        <translation>ウェブページを書き出す(&amp;W)…</translation>
    </message>
    <message>
        <source>Resolve &amp;Merge Conflicts…</source>
        <translation>マージの競合を解決(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s) to resolve…</source>
        <translation>
            <numerusform>解決が必要なマージの競合: %n 件…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::Assertion</name>
    <message>
        <source>fact</source>
        <translation>事実</translation>
    </message>
    <message>
        <source>interpretation</source>
        <translation>解釈</translation>
    </message>
    <message>
        <source>attributed view</source>
        <translation>他者の見解</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>提言</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>報道</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::AutosaveManager</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>復元用フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot create a recovery file in %1</source>
        <translation>%1 に復元用ファイルを作成できません</translation>
    </message>
    <message>
        <source>not enough memory to autosave</source>
        <translation>自動保存に必要なメモリーが足りません</translation>
    </message>
    <message>
        <source>cannot write the recovery file %1: %2</source>
        <translation>復元用ファイル %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>not an Anchorline recovery file</source>
        <translation>Anchorline の復元用ファイルではありません</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>another Anchorline window is using this file</source>
        <translation>別の Anchorline ウィンドウがこのファイルを使用中です</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::CollectionModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値の数</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>翻訳（%1）</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::Document</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>no event at index %1</source>
        <translation>インデックス %1 にイベントがありません</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>タイトルを編集</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>日付を編集</translation>
    </message>
    <message>
        <source>Edit kind</source>
        <translation>種類を編集</translation>
    </message>
    <message>
        <source>Edit actors</source>
        <translation>主体を編集</translation>
    </message>
    <message>
        <source>Edit themes</source>
        <translation>テーマを編集</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>概要を編集</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <source>the dataset needs a title</source>
        <translation>データセットにはタイトルが必要です</translation>
    </message>
    <message>
        <source>no %1 at index %2</source>
        <translation>インデックス %2 に%1がありません</translation>
    </message>
    <message>
        <source>%1 is still used by event &quot;%2&quot;</source>
        <translation>%1 はまだイベント「%2」で使われています</translation>
    </message>
    <message>
        <source>Delete event &quot;%1&quot;</source>
        <translation>イベント「%1」を削除</translation>
    </message>
    <message>
        <source>Edit tour</source>
        <translation>ツアーを編集</translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation>指標を編集</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;</source>
        <translation>出典「%1」</translation>
    </message>
    <message>
        <source>actor &quot;%1&quot;</source>
        <translation>主体「%1」</translation>
    </message>
    <message>
        <source>theme &quot;%1&quot;</source>
        <translation>テーマ「%1」</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is still quoted by relation &quot;%2&quot;</source>
        <translation>出典「%1」は関係「%2」でまだ引用されています</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is still used by metric &quot;%2&quot;</source>
        <translation>出典「%1」は指標「%2」でまだ使われています</translation>
    </message>
    <message>
        <source>actor &quot;%1&quot; is still used by era &quot;%2&quot;</source>
        <translation>主体「%1」は時代区分「%2」でまだ使われています</translation>
    </message>
    <message numerus="yes">
        <source>source &quot;%1&quot; is still quoted by %n evidence passage(s); remove that evidence first</source>
        <translation>
            <numerusform>出典「%1」は %n 件の根拠の一節でまだ引用されています。先にその根拠を削除してください</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete actor &quot;%1&quot;</source>
        <translation>主体「%1」を削除</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>イベントを編集</translation>
    </message>
    <message>
        <source>Edit era</source>
        <translation>時代区分を編集</translation>
    </message>
    <message>
        <source>Delete theme &quot;%1&quot;</source>
        <translation>テーマ「%1」を削除</translation>
    </message>
    <message>
        <source>Delete source &quot;%1&quot;</source>
        <translation>出典「%1」を削除</translation>
    </message>
    <message>
        <source>Resolve merge conflict</source>
        <translation>マージの競合を解決</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::EventKind</name>
    <message>
        <source>strategy document</source>
        <translation>戦略文書</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>合意</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>演説</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>首脳会談</translation>
    </message>
    <message>
        <source>legislation</source>
        <translation>立法</translation>
    </message>
    <message>
        <source>military</source>
        <translation>軍事</translation>
    </message>
    <message>
        <source>policy shift</source>
        <translation>政策転換</translation>
    </message>
    <message>
        <source>government</source>
        <translation>政権</translation>
    </message>
    <message>
        <source>debate</source>
        <translation>議論</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>刊行物</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>貿易</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>process</source>
        <translation>過程</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::EventModel</name>
    <message>
        <source>this column cannot be edited here</source>
        <translation>この列はここでは編集できません</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::EventsPerYearModel</name>
    <message numerus="yes">
        <source>%1, %2: %n event(s)</source>
        <translation>
            <numerusform>%1、%2: %n 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>No actor</source>
        <translation>主体なし</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A period of years in a chart, e.g. &quot;1900–1949&quot;; %1 is its first year, %2 its last.</extracomment>
        <translation>%1〜%2</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::MetricPointModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::MetricPointsModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::PartialDate</name>
    <message>
        <source>Spring %1</source>
        <extracomment>A season of a year, e.g. &quot;Spring 2024&quot;; %1 is the year.</extracomment>
        <translation>%1年春</translation>
    </message>
    <message>
        <source>Summer %1</source>
        <extracomment>A season of a year, e.g. &quot;Summer 2024&quot;; %1 is the year.</extracomment>
        <translation>%1年夏</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <extracomment>A season of a year, e.g. &quot;Autumn 2024&quot;; %1 is the year.</extracomment>
        <translation>%1年秋</translation>
    </message>
    <message>
        <source>Winter %1</source>
        <extracomment>A season of a year, e.g. &quot;Winter 2024&quot; (December to February); %1 is the year.</extracomment>
        <translation>%1年冬</translation>
    </message>
    <message>
        <source>FY%1</source>
        <extracomment>A Japanese fiscal year (April to March), e.g. &quot;FY2025&quot;; %1 is the year.</extracomment>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>c. %1</source>
        <extracomment>An approximate date, e.g. &quot;c. 2013&quot;; %1 is the date.</extracomment>
        <translation>%1頃</translation>
    </message>
    <message>
        <source>%1?</source>
        <extracomment>An uncertain date, e.g. &quot;24 Oct 2025?&quot;; %1 is the date.</extracomment>
        <translation>%1？</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>An interval, e.g. &quot;2013 – 2014&quot;; %1 is its start, %2 its end.</extracomment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>Precision of a date known to the day.</extracomment>
        <translation>日単位</translation>
    </message>
    <message>
        <source>month</source>
        <extracomment>Precision of a date known to the month.</extracomment>
        <translation>月単位</translation>
    </message>
    <message>
        <source>season</source>
        <extracomment>Precision of a date known to the season.</extracomment>
        <translation>季節単位</translation>
    </message>
    <message>
        <source>year</source>
        <extracomment>Precision of a date known to the year.</extracomment>
        <translation>年単位</translation>
    </message>
    <message>
        <source>fiscal year</source>
        <extracomment>Precision of a date known to the (Japanese, April to March) fiscal year.</extracomment>
        <translation>年度単位</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>An interval with an unknown start, e.g. &quot;by 7 Dec 2025&quot;; %1 is its end.</extracomment>
        <translation>%1まで</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>An interval that is still going, e.g. &quot;from 21 Oct 2025&quot;; %1 is its start.</extracomment>
        <translation>%1から</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::Relation</name>
    <message>
        <source>supersedes</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>superseded by</source>
        <translation>置き換えられた</translation>
    </message>
    <message>
        <source>revises</source>
        <translation>改定する</translation>
    </message>
    <message>
        <source>revised by</source>
        <translation>改定された</translation>
    </message>
    <message>
        <source>implements</source>
        <translation>実施する</translation>
    </message>
    <message>
        <source>implemented by</source>
        <translation>実施された</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>応じる</translation>
    </message>
    <message>
        <source>answered by</source>
        <translation>応じられた</translation>
    </message>
    <message>
        <source>prompts</source>
        <translation>促す</translation>
    </message>
    <message>
        <source>prompted by</source>
        <translation>促された</translation>
    </message>
    <message>
        <source>shapes</source>
        <translation>形作る</translation>
    </message>
    <message>
        <source>shaped by</source>
        <translation>形作られた</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>引用する</translation>
    </message>
    <message>
        <source>cited by</source>
        <translation>引用された</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>矛盾する</translation>
    </message>
    <message>
        <source>contradicted by</source>
        <translation>矛盾を指摘された</translation>
    </message>
    <message>
        <source>continues</source>
        <translation>継続する</translation>
    </message>
    <message>
        <source>continued by</source>
        <translation>継続された</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>一部である</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>含む</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::RelationModel</name>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終点</translation>
    </message>
    <message>
        <source>Asserted as</source>
        <translation>主張の種類</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::RelationPanelModel</name>
    <message>
        <source>“%1” %2 these events</source>
        <translation>「%1」は次のイベントを%2</translation>
    </message>
    <message>
        <source>“%1” is %2 these events</source>
        <translation>「%1」は次のイベントに%2</translation>
    </message>
    <message>
        <source>Asserted as: %1</source>
        <translation>主張の種類: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <source>Press Enter or click to go to this event.</source>
        <translation>Enter キーまたはクリックでこのイベントに移動します。</translation>
    </message>
    <message>
        <source>Relation / event / passage</source>
        <translation>関係 / イベント / 一節</translation>
    </message>
    <message>
        <source>Date / source</source>
        <translation>日付 / 出典</translation>
    </message>
    <message>
        <source>Asserted as</source>
        <translation>主張の種類</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::SourceModel</name>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>視点</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>アンカー</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::ThemeFrequencyModel</name>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>Anchorline::Model::ThemeMatrixModel</name>
    <message>
        <source>Columns: events of kind “strategy-document”, and events that are part of one (a relation asserted as fact), in date order.
A cell counts the anchored passages tying the document to the theme: the document&apos;s own evidence when the document has the theme, plus the evidence of every relation touching the document whose other event has the theme.</source>
        <translation>列: 種類が「strategy-document」のイベントと、その一部であるイベント(事実として主張された関係)を日付順に並べます。
各セルは文書とテーマを結ぶアンカー付きの一節の数です: 文書がそのテーマを持つ場合は文書自身の根拠、さらに相手のイベントがそのテーマを持つ、文書に関わるすべての関係の根拠を数えます。</translation>
    </message>
    <message>
        <source>own evidence of the document</source>
        <translation>文書自身の根拠</translation>
    </message>
    <message numerus="yes">
        <source>%n anchored passage(s) tie the documents to “%1”.</source>
        <translation>
            <numerusform>%n 件のアンカー付きの一節が文書と「%1」を結んでいます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anchored passage(s) tie “%1” to “%2”.</source>
        <translation>
            <numerusform>%n 件のアンカー付きの一節が「%1」と「%2」を結んでいます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list the passages.</source>
        <translation>クリックすると一節を一覧表示します。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Passages over all documents</source>
        <translation>全文書の一節</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views</name>
    <message>
        <source>Step %1 of %2 — %3</source>
        <translation>ステップ %1 / %2 — %3</translation>
    </message>
    <message>
        <source>the tour &quot;%1&quot; has no steps</source>
        <translation>ツアー「%1」にはステップがありません</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>PDF を開始できませんでした</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::ActorEditDialog</name>
    <message>
        <source>New Actor</source>
        <translation>新しい主体</translation>
    </message>
    <message>
        <source>Edit Actor</source>
        <translation>主体を編集</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>略称(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. JP, for narrow lanes</source>
        <translation>例: JP(幅の狭いレーン用)</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>主体には名前が必要です。</translation>
    </message>
    <message>
        <source>Name (%1):</source>
        <translation>名前（%1）:</translation>
    </message>
    <message>
        <source>Short name (%1):</source>
        <translation>略称（%1）:</translation>
    </message>
    <message>
        <source>Note (%1):</source>
        <translation>メモ（%1）:</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::AnchorEditDialog</name>
    <message>
        <source>New Evidence Passage</source>
        <translation>新しい根拠の一節</translation>
    </message>
    <message>
        <source>Edit Evidence Passage</source>
        <translation>根拠の一節を編集</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>出典(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>引用(&amp;Q):</translation>
    </message>
    <message>
        <source>the passage exactly as the source has it, at most %1 words (%2 characters in Japanese or Chinese)</source>
        <translation>出典にあるとおりの一節(最大 %1 語、日本語・中国語では最大 %2 文字)</translation>
    </message>
    <message>
        <source>Text &amp;before:</source>
        <translation>前のテキスト(&amp;B):</translation>
    </message>
    <message>
        <source>About %1 characters just before the quote: they tell repeated passages apart.</source>
        <translation>引用の直前の約 %1 文字。同じ一節が何度も現れるとき、どれかを区別します。</translation>
    </message>
    <message>
        <source>Text &amp;after:</source>
        <translation>後のテキスト(&amp;A):</translation>
    </message>
    <message>
        <source>About %1 characters just after the quote.</source>
        <translation>引用の直後の約 %1 文字。</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>位置:</translation>
    </message>
    <message>
        <source>characters %1 to %2 of the source text, where it was anchored</source>
        <translation>出典テキストの %1〜%2 文字目(アンカーした位置)</translation>
    </message>
    <message>
        <source>none: the quote or its source changed, so the passage will be found by searching the text</source>
        <translation>なし: 引用またはその出典が変わったため、一節はテキストを検索して見つけます</translation>
    </message>
    <message>
        <source>none: the passage is found by searching the text</source>
        <translation>なし: 一節はテキストを検索して見つけます</translation>
    </message>
    <message>
        <source>%1 words: anchors quote at most %2.</source>
        <translation>%1 語: アンカーが引用できるのは最大 %2 語です。</translation>
    </message>
    <message>
        <source>%1 characters: Japanese and Chinese anchors quote at most %2.</source>
        <translation>%1 文字: 日本語・中国語のアンカーが引用できるのは最大 %2 文字です。</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 語</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 文字</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the source the passage is quoted from.</source>
        <translation>一節の引用元の出典を選んでください。</translation>
    </message>
    <message>
        <source>Type or paste the quoted passage.</source>
        <translation>引用する一節を入力するか貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::AnchorSelectionDialog</name>
    <message>
        <source>Anchor Selection to Event</source>
        <translation>選択範囲をイベントにアンカー</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>The quote has %1 characters; Japanese and Chinese anchors quote at most %2.</source>
        <translation>引用は %1 文字です。日本語・中国語のアンカーが引用できるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>The quote has %1 words; anchors quote at most %2.</source>
        <translation>引用は %1 語です。アンカーが引用できるのは最大 %2 語です。</translation>
    </message>
    <message>
        <source>Find an event by title, date or id</source>
        <translation>タイトル、日付、ID でイベントを検索</translation>
    </message>
    <message>
        <source>Choose the event this passage supports.</source>
        <translation>この一節が裏付けるイベントを選んでください。</translation>
    </message>
    <message>
        <source>This passage already supports the event.</source>
        <translation>この一節はすでにこのイベントを裏付けています。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::ChartView</name>
    <message>
        <source>Exported from Anchorline</source>
        <translation>Anchorline から書き出し</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 を書き込めません</translation>
    </message>
    <message>
        <source>Unknown image type “%1”: use .png or .svg</source>
        <translation>不明な画像形式「%1」: .png か .svg を使ってください</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::ChartsPanel</name>
    <message>
        <source>Events per year</source>
        <translation>年ごとのイベント数</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Themes over time</source>
        <translation>テーマの推移</translation>
    </message>
    <message>
        <source>Clear chart filter</source>
        <translation>グラフのフィルターを解除</translation>
    </message>
    <message>
        <source>Undo the year and actor filter set by clicking a bar</source>
        <translation>棒のクリックで設定した年と主体のフィルターを解除します</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG を書き出す…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG を書き出す…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::CollectionPage</name>
    <message>
        <source>Filter by any column</source>
        <translation>いずれかの列で絞り込み</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>%1の一覧</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新しい%1</translation>
    </message>
    <message>
        <source>Create a %1</source>
        <translation>%1を作成</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
    <message>
        <source>Edit the chosen %1 (Return, or double-click)</source>
        <translation>選択した%1を編集 (Return またはダブルクリック)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1を削除</translation>
    </message>
    <message>
        <source>Delete the chosen %1 (Delete)</source>
        <translation>選択した%1を削除 (Delete)</translation>
    </message>
    <message>
        <source>Added %1 “%2”.</source>
        <translation>%1「%2」を追加しました。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be deleted: %n evidence passage(s) quote it.</source>
        <translation>
            <numerusform>「%1」は削除できません: %n 件の根拠の一節が引用しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is cited by %n event(s).</source>
        <translation>
            <numerusform>%n 件のイベントが引用しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is cited by %n relation(s).</source>
        <translation>
            <numerusform>%n 件の関係が引用しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove that evidence first (Edit ▸ Edit Event…, Evidence).</source>
        <translation>先にその根拠を削除してください(編集 ▸ イベントを編集…、根拠)。</translation>
    </message>
    <message>
        <source>Cannot Delete Source</source>
        <translation>出典を削除できません</translation>
    </message>
    <message>
        <source>“%1” is still quoted as evidence.</source>
        <translation>「%1」はまだ根拠として引用されています。</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”?</source>
        <translation>%1「%2」を削除しますか?</translation>
    </message>
    <message>
        <source>Nothing else refers to it.</source>
        <translation>ほかに参照しているものはありません。</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo (%1).</source>
        <translation>編集 ▸ 元に戻す (%1) で取り消せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>“%1” is no longer there.</source>
        <translation>「%1」はもうありません。</translation>
    </message>
    <message>
        <source>Deleted the %1 “%2”.</source>
        <translation>%1「%2」を削除しました。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::ColorField</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>A colour is required.</source>
        <translation>色は必須です。</translation>
    </message>
    <message>
        <source>A colour is written #rrggbb, e.g. #0072b2.</source>
        <translation>色は #rrggbb の形式で書きます(例: #0072b2)。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::DataManagerDialog</name>
    <message>
        <source>Manage Data</source>
        <translation>データの管理</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>出典(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>主体(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;ras</source>
        <translation>時代区分(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>指標(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;lations</source>
        <translation>関係(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::DateClaimDialog</name>
    <message>
        <source>New Date Claim</source>
        <translation>新しい日付の主張</translation>
    </message>
    <message>
        <source>Edit Date Claim</source>
        <translation>日付の主張を編集</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>The source that gives this date.</source>
        <translation>この日付を示している出典。</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>出典(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. the date of the announcement, not of the signature</source>
        <translation>例: 署名日ではなく発表日</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence passage(s) of this claim are kept.</source>
        <translation>
            <numerusform>この主張の根拠の一節 %n 件はそのまま残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付: %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::DateEdit</name>
    <message>
        <source>e.g. 2022-12-16, 2025-11, FY2025, 2013~, 2025-10-21/..</source>
        <translation>例: 2022-12-16、2025-11、FY2025、2013~、2025-10-21/..</translation>
    </message>
    <message>
        <source>An EDTF date: a day, month, season (YYYY-21..24), year or fiscal year (FY2025), an interval A/B with open ends &apos;..&apos;, and &apos;~&apos; (approximate), &apos;?&apos; (uncertain) or &apos;%&apos; (both).</source>
        <translation>EDTF 形式の日付: 日、月、季節 (YYYY-21..24)、年、年度 (FY2025)、期間 A/B(端が開いている場合は &apos;..&apos;)、および &apos;~&apos;(おおよそ)、&apos;?&apos;(不確か)、&apos;%&apos;(両方)。</translation>
    </message>
    <message>
        <source>, approximate and uncertain</source>
        <translation>、おおよそかつ不確か</translation>
    </message>
    <message>
        <source>, approximate</source>
        <translation>、おおよそ</translation>
    </message>
    <message>
        <source>, uncertain</source>
        <translation>、不確か</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>日付は必須です。</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(日付なし)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::DocumentThemeMatrix</name>
    <message>
        <source>Hide themes without passages</source>
        <translation>一節のないテーマを隠す</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV を書き出す…</translation>
    </message>
    <message>
        <source>Document–theme matrix</source>
        <translation>文書–テーマ行列</translation>
    </message>
    <message>
        <source>Click a cell to list its passages.</source>
        <translation>セルをクリックすると一節を一覧表示します。</translation>
    </message>
    <message>
        <source>Passages of the selected cell</source>
        <translation>選択したセルの一節</translation>
    </message>
    <message>
        <source>Go to event</source>
        <translation>イベントに移動</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) tie “%1” to “%2”:</source>
        <translation>
            <numerusform>%n 件の一節が「%1」と「%2」を結んでいます:</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>移動: %1</translation>
    </message>
    <message>
        <source>Export matrix as CSV</source>
        <translation>行列を CSV で書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::EditDialog</name>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Unique within its list; lower-case words joined by dashes.</source>
        <translation>一覧内で一意。小文字の単語をハイフンでつなぎます。</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>変更は受け付けられませんでした。</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>修正が必要な点</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>翻訳（%1）</translation>
    </message>
    <message>
        <source>Empty: the view shows the dataset&apos;s own text.</source>
        <translation>空欄の場合は、データセットの原文が表示されます。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::EraEditDialog</name>
    <message>
        <source>New Era</source>
        <translation>新しい時代区分</translation>
    </message>
    <message>
        <source>Edit Era</source>
        <translation>時代区分を編集</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>Eras of one group share a band, e.g. &quot;Prime Minister of Japan&quot;.</source>
        <translation>同じグループの時代区分は 1 本の帯を共有します(例: 「内閣総理大臣」)。</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>主体(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>An era needs a name.</source>
        <translation>時代区分には名前が必要です。</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付: %1</translation>
    </message>
    <message>
        <source>Name (%1):</source>
        <translation>名前（%1）:</translation>
    </message>
    <message>
        <source>Group (%1):</source>
        <translation>グループ（%1）:</translation>
    </message>
    <message>
        <source>Note (%1):</source>
        <translation>メモ（%1）:</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::EventDetailsPanel</name>
    <message>
        <source>Select an event on the timeline, in the search results or in a source text to see its dates, actors, themes, summary and evidence here.</source>
        <translation>年表、検索結果、出典テキストでイベントを選ぶと、その日付、主体、テーマ、概要、根拠がここに表示されます。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Other dates given by sources</source>
        <translation>出典が示す別の日付</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>有効な日付ではありません</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>出典の指定なし</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>%1 による</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Themes (click to show only events with the theme)</source>
        <translation>テーマ(クリックするとそのテーマのイベントだけを表示)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Evidence: none</source>
        <translation>根拠: なし</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n passages)</source>
        <translation>
            <numerusform>根拠(%n 件の一節)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in source</source>
        <translation>出典で表示</translation>
    </message>
    <message>
        <source>Scroll the source text to this passage</source>
        <translation>出典テキストをこの一節までスクロールします</translation>
    </message>
    <message numerus="yes">
        <source>Media (%n links)</source>
        <translation>
            <numerusform>メディア(%n 件のリンク)</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>クレジット: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open this link in the web browser</source>
        <translation>このリンクをウェブブラウザで開きます</translation>
    </message>
    <message>
        <source>(not a web link: not opened)</source>
        <translation>(ウェブのリンクではないため開きません)</translation>
    </message>
    <message>
        <source>Thumbnail: %1</source>
        <translation>サムネイル: %1</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>イベントの詳細</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::EventEditDialog</name>
    <message>
        <source>New Event</source>
        <translation>新しいイベント</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>イベントを編集</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>short, in your own words</source>
        <translation>短く、自分の言葉で</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>The first actor is the event&apos;s lane.</source>
        <translation>最初の主体がイベントのレーンになります。</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>主体(&amp;A):</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S):</translation>
    </message>
    <message>
        <source>one to three sentences in your own words</source>
        <translation>自分の言葉で 1〜3 文</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. where a fact comes from general knowledge</source>
        <translation>例: 一般常識に基づく事実の場合</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>イベントにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>The id must not be empty.</source>
        <translation>ID は空にできません。</translation>
    </message>
    <message>
        <source>The id must not contain spaces.</source>
        <translation>ID に空白は使えません。</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used by &quot;%2&quot;.</source>
        <translation>ID「%1」はすでに「%2」で使われています。</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付: %1</translation>
    </message>
    <message>
        <source>Choose or type a kind (e.g. speech).</source>
        <translation>種類を選ぶか入力してください(例: speech)。</translation>
    </message>
    <message>
        <source>Passages of sources that support the event. Anchor a selection in the Source Text panel to add one from the text.</source>
        <translation>このイベントを裏付ける出典の一節です。「出典テキスト」パネルで選択範囲をアンカーすると、テキストから追加できます。</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>根拠(&amp;V):</translation>
    </message>
    <message>
        <source>Other dates that sources give for the event.</source>
        <translation>出典がこのイベントについて示しているほかの日付です。</translation>
    </message>
    <message>
        <source>Date c&amp;laims:</source>
        <translation>日付の主張(&amp;L):</translation>
    </message>
    <message>
        <source>date claim</source>
        <translation>日付の主張</translation>
    </message>
    <message>
        <source>(no other dates)</source>
        <translation>(ほかの日付はありません)</translation>
    </message>
    <message>
        <source>Translation (%1)</source>
        <translation>翻訳（%1）</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <translation>タイトル（%1）:</translation>
    </message>
    <message>
        <source>Short title (%1):</source>
        <translation>短いタイトル（%1）:</translation>
    </message>
    <message>
        <source>Summary (%1):</source>
        <translation>概要（%1）:</translation>
    </message>
    <message>
        <source>Note (%1):</source>
        <translation>注記（%1）:</translation>
    </message>
    <message>
        <source>Empty: the view shows the dataset&apos;s own text.</source>
        <translation>空欄の場合は、データセットの原文が表示されます。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::EventPicker</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::EventsPerYearChart</name>
    <message>
        <source>events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Each event counts once: in the year it starts, in its lane (first actor). Click a segment to filter to that year and actor.</source>
        <translation>各イベントは開始年とレーン(最初の主体)で 1 回だけ数えます。区分をクリックするとその年と主体で絞り込みます。</translation>
    </message>
    <message>
        <source>Events involving %1</source>
        <translation>%1 が関わるイベント</translation>
    </message>
    <message>
        <source>Events per year, by actor</source>
        <translation>主体別の年ごとのイベント数</translation>
    </message>
    <message>
        <source>Events per year</source>
        <translation>年ごとのイベント数</translation>
    </message>
    <message>
        <source>%1 that overlap %2</source>
        <translation>%2 と重なる%1</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::EvidenceEditor</name>
    <message>
        <source>evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>(no evidence yet)</source>
        <translation>(根拠はまだありません)</translation>
    </message>
    <message>
        <source>Evidence passage %1 quotes an unknown source &quot;%2&quot;.</source>
        <translation>根拠の一節 %1 が不明な出典「%2」を引用しています。</translation>
    </message>
    <message>
        <source>Evidence passage %1 has no quote.</source>
        <translation>根拠の一節 %1 に引用がありません。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::ExportDialog</name>
    <message>
        <source>Export Timeline</source>
        <translation>年表を書き出す</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>年表を書き出す</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>書き出しました。</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 図</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080(フル HD)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160(4K)</translation>
    </message>
    <message>
        <source>7680 × 2160 (wide 4K)</source>
        <translation>7680 × 2160(ワイド 4K)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>幅(ピクセル)</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高さ(ピクセル)</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>幅 × 高さ(&amp;W):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>解像度(dpi)</translation>
    </message>
    <message>
        <source>Sets how large the text is in a pixel export (96 dpi: as on a standard screen) and the resolution of page exports.</source>
        <translation>ピクセル単位の書き出しでの文字の大きさ(96 dpi: 標準的な画面と同じ)と、ページ単位の書き出しの解像度を設定します。</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解像度(&amp;R):</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Show title</source>
        <translation>タイトルを表示</translation>
    </message>
    <message>
        <source>Title text</source>
        <translation>タイトルの文字列</translation>
    </message>
    <message>
        <source>Show the &amp;legend</source>
        <translation>凡例を表示(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Caption with the cited sources</source>
        <translation>引用した出典のキャプション(&amp;C)</translation>
    </message>
    <message>
        <source>Short references of the sources behind the events shown.</source>
        <translation>表示中のイベントの根拠となる出典の短い参照です。</translation>
    </message>
    <message>
        <source>Current &amp;view (%1 – %2)</source>
        <translation>現在の表示範囲(&amp;V)(%1〜%2)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Custom date window</source>
        <translation>日付範囲を指定</translation>
    </message>
    <message>
        <source>Window start date</source>
        <translation>範囲の開始日</translation>
    </message>
    <message>
        <source>Window end date</source>
        <translation>範囲の終了日</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>〜(&amp;T)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Lanes to export</source>
        <translation>書き出すレーン</translation>
    </message>
    <message>
        <source>Space toggles a lane.</source>
        <translation>スペースキーでレーンを切り替えます。</translation>
    </message>
    <message>
        <source>Apply the current &amp;filters</source>
        <translation>現在のフィルターを適用(&amp;F)</translation>
    </message>
    <message>
        <source>No filter is set: every event is shown.</source>
        <translation>フィルターは設定されていません: すべてのイベントを表示します。</translation>
    </message>
    <message>
        <source>Fit to pages wide</source>
        <translation>横のページ数に合わせる</translation>
    </message>
    <message>
        <source>PDF and print: split the date window over this many pages.</source>
        <translation>PDF と印刷: 日付範囲をこのページ数に分割します。</translation>
    </message>
    <message>
        <source>Fit to &amp;pages wide (PDF, print):</source>
        <translation>横のページ数(&amp;P)(PDF、印刷):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>書き出しの状態</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message numerus="yes">
        <source>, %1 dpi, %n event(s) shown</source>
        <translation>
            <numerusform>、%1 dpi、%n 件のイベントを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 pages</source>
        <translation>、%1 ページ</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 を書き出し中…</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <source>Focus (compress empty stretches)</source>
        <translation>フォーカス(空白期間を圧縮)</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>時間目盛り</translation>
    </message>
    <message>
        <source>Focus draws long stretches without events narrow, marked as breaks on the axis, so the busy years get the width.</source>
        <translation>フォーカスでは出来事のない長い期間を狭く描き、軸に省略記号を付けます。出来事の多い年に幅が割り当てられます。</translation>
    </message>
    <message>
        <source>Time &amp;scale:</source>
        <translation>時間目盛り(&amp;S):</translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <translation>開始日: %1</translation>
    </message>
    <message>
        <source>End date: %1</source>
        <translation>終了日: %1</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前です。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::Legend</name>
    <message>
        <source>Anchored passages:</source>
        <translation>アンカー付きの一節:</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::ListField</name>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>除去</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1を除去</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::MergeConflictDialog</name>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(whole item)</source>
        <translation>(項目全体)</translation>
    </message>
    <message>
        <source>Resolve Merge Conflicts</source>
        <translation>マージの競合を解決</translation>
    </message>
    <message>
        <source>Both sides of a merge changed these values differently. The file holds our value until you choose; each choice can be undone.</source>
        <translation>マージの両側がこれらの値を別々に変更しました。選ぶまで、ファイルには自分側の値が入っています。どの選択も元に戻せます。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Ours (in the file)</source>
        <translation>自分側（ファイル内の値）</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>相手側</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>共通の元</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>マージの競合</translation>
    </message>
    <message>
        <source>Conflict details</source>
        <translation>競合の詳細</translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation>自分側を残す(&amp;O)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>相手側を採用(&amp;T)</translation>
    </message>
    <message>
        <source>Cannot use this value: %1</source>
        <translation>この値は使えません: %1</translation>
    </message>
    <message>
        <source>No merge conflicts are left. Save to write the file without them.</source>
        <translation>マージの競合はもうありません。保存すると競合のないファイルになります。</translation>
    </message>
    <message>
        <source>%1, %2: %3
Ours: %4
Theirs: %5
Base: %6</source>
        <translation>%1、%2: %3
自分側: %4
相手側: %5
共通の元: %6</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::MetricChart</name>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>current event</source>
        <translation>現在のイベント</translation>
    </message>
    <message>
        <source>Dates with a day or month are drawn at their middle. Click a marker to select its event.</source>
        <translation>日または月までの日付はその中央に描かれます。マーカーをクリックするとそのイベントを選択します。</translation>
    </message>
    <message>
        <source>No metrics in this dataset</source>
        <translation>このデータセットには指標がありません</translation>
    </message>
    <message>
        <source>Metrics over time</source>
        <translation>指標の推移</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::MetricEditDialog</name>
    <message>
        <source>New Metric</source>
        <translation>新しい指標</translation>
    </message>
    <message>
        <source>Edit Metric</source>
        <translation>指標を編集</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>単位(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. % of GDP</source>
        <translation>例: GDP 比 %</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>指標には名前が必要です。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::MetricPointDialog</name>
    <message>
        <source>New Value</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <source>Edit Value</source>
        <translation>値を編集</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Value (%1):</source>
        <translation>値(&amp;V)(%1):</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>イベント(&amp;E):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>出典(&amp;S):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付: %1</translation>
    </message>
    <message>
        <source>The value must be a number, e.g. 2 or 1.5.</source>
        <translation>値は数値で入力してください(例: 2、1.5)。</translation>
    </message>
    <message>
        <source>Choose an event from the list, or (none).</source>
        <translation>一覧からイベントを選ぶか、(なし) を選んでください。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::MetricValuesPanel</name>
    <message>
        <source>Values of the metric</source>
        <translation>指標の値</translation>
    </message>
    <message>
        <source>New &amp;Value…</source>
        <translation>新しい値(&amp;V)…</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <source>Add a dated value to the metric</source>
        <translation>日付付きの値を指標に追加</translation>
    </message>
    <message>
        <source>Edit Val&amp;ue…</source>
        <translation>値を編集(&amp;U)…</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>値を編集</translation>
    </message>
    <message>
        <source>Edit the chosen value (Return, or double-click)</source>
        <translation>選択した値を編集 (Return またはダブルクリック)</translation>
    </message>
    <message>
        <source>Delete Va&amp;lue</source>
        <translation>値を削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete value</source>
        <translation>値を削除</translation>
    </message>
    <message>
        <source>Delete the chosen value (Delete)</source>
        <translation>選択した値を削除 (Delete)</translation>
    </message>
    <message>
        <source>Values: choose a metric above.</source>
        <translation>値: 上で指標を選んでください。</translation>
    </message>
    <message>
        <source>Values of “%1”:</source>
        <translation>「%1」の値:</translation>
    </message>
    <message>
        <source>Value added.</source>
        <translation>値を追加しました。</translation>
    </message>
    <message>
        <source>Value deleted. %1 brings it back.</source>
        <translation>値を削除しました。%1 で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::PassageListModel</name>
    <message>
        <source>Click or press Enter to select this event.</source>
        <translation>クリックするか Enter キーを押すと、このイベントを選択します。</translation>
    </message>
    <message>
        <source>This passage supports no event on the timeline.</source>
        <translation>この一節は年表上のどのイベントの根拠にもなっていません。</translation>
    </message>
    <message>
        <source>Press Enter to select the event.</source>
        <translation>Enter キーを押すとイベントを選択します。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::PdfPageView</name>
    <message>
        <source>Source pages</source>
        <translation>出典のページ</translation>
    </message>
    <message>
        <source>The pages of the PDF with the anchored passages marked. Switch to Text to read the text.</source>
        <translation>アンカーした一節に印を付けた PDF のページです。テキストを読むには「テキスト」に切り替えてください。</translation>
    </message>
    <message>
        <source>Page %1 of %2
Rendering…</source>
        <translation>%1 / %2 ページ
描画中…</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::PresentationTimeline</name>
    <message>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>プレゼンテーション</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation>イベント %1 / %2</translation>
    </message>
    <message>
        <source>→ next   ← back   S spotlight%1   H contrast   Ctrl+1/2/3 size   Esc leave</source>
        <translation>→ 次へ   ← 戻る   S スポットライト%1   H コントラスト   Ctrl+1/2/3 文字サイズ   Esc 終了</translation>
    </message>
    <message>
        <source> (on)</source>
        <translation>(オン)</translation>
    </message>
    <message>
        <source>Presentation — %1</source>
        <translation>プレゼンテーション — %1</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::RelationEditDialog</name>
    <message>
        <source>New Relation</source>
        <translation>新しい関係</translation>
    </message>
    <message>
        <source>Edit Relation</source>
        <translation>関係を編集</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起点(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>関係(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終点(&amp;T):</translation>
    </message>
    <message>
        <source>How the source asserts it: a documented fact, an author&apos;s interpretation, a view attributed to someone, a recommendation or a report.</source>
        <translation>出典がどう述べているか: 文書で確認できる事実、著者の解釈、誰かの見解としての紹介、提言、または報道。</translation>
    </message>
    <message>
        <source>&amp;Asserted as:</source>
        <translation>主張の種類(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Choose the event the relation starts from.</source>
        <translation>関係の起点となるイベントを選んでください。</translation>
    </message>
    <message>
        <source>Choose the event the relation leads to.</source>
        <translation>関係の終点となるイベントを選んでください。</translation>
    </message>
    <message>
        <source>A relation cannot join an event to itself.</source>
        <translation>関係でイベントをそれ自身に結ぶことはできません。</translation>
    </message>
    <message>
        <source>Passages of sources that state or support the relation, so a reader can check it.</source>
        <translation>この関係を述べている、または裏付けている出典の一節です。読者が関係を確かめられます。</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>根拠(&amp;V):</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::RelationGraph</name>
    <message>
        <source>1 hop</source>
        <translation>1 ホップ</translation>
    </message>
    <message>
        <source>2 hops</source>
        <translation>2 ホップ</translation>
    </message>
    <message>
        <source>Show the events directly related to the current one</source>
        <translation>現在のイベントに直接関係するイベントを表示します</translation>
    </message>
    <message>
        <source>Also show the events related to those</source>
        <translation>それらに関係するイベントも表示します</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>縮小 (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>拡大 (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the graph into the view (0)</source>
        <translation>関係図を表示領域に合わせます (0)</translation>
    </message>
    <message>
        <source>Select an event to see its neighbourhood.</source>
        <translation>イベントを選ぶと、その周辺の関係を表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n 件の関係</numerusform>
        </translation>
    </message>
    <message>
        <source>drag to pan, wheel to zoom, click to go</source>
        <translation>ドラッグで移動、ホイールで拡大縮小、クリックで移動先へ</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::RelationGraphView</name>
    <message>
        <source>Relation graph</source>
        <translation>関係図</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>事実</translation>
    </message>
    <message>
        <source>interpretation</source>
        <translation>解釈</translation>
    </message>
    <message>
        <source>view / recommendation / report</source>
        <translation>見解 / 提言 / 報道</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::RelationPanel</name>
    <message>
        <source>Cross-references</source>
        <translation>相互参照</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>イベントが選択されていません</translation>
    </message>
    <message>
        <source>Select an event to see what it answers, what it changed and what came of it.</source>
        <translation>イベントを選ぶと、それが何に応え、何を変え、何をもたらしたかを表示します。</translation>
    </message>
    <message>
        <source>No cross-references recorded for this event.</source>
        <translation>このイベントには相互参照が記録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n cross-reference(s). Click or press Enter to go to an event.</source>
        <translation>
            <numerusform>相互参照 %n 件。クリックまたは Enter キーでイベントに移動します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected cross-reference</source>
        <translation>選択した相互参照</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::SearchPanel</name>
    <message>
        <source>Search titles, summaries, quotes and source texts</source>
        <translation>タイトル、概要、引用、出典テキストを検索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Type to search; Down moves to the results, Enter opens one.</source>
        <translation>入力すると検索します。下矢印キーで結果に移動し、Enter キーで開きます。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>フィルターを解除(&amp;L)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>主体(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;From year</source>
        <translation>開始年(&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o year</source>
        <translation>終了年(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>No matches among the filtered events or texts.</source>
        <translation>絞り込んだイベントやテキストに一致するものはありません。</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>一致するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places in source texts</source>
        <translation>
            <numerusform>出典テキスト中の %n 箇所</numerusform>
        </translation>
    </message>
    <message>
        <source> (events limited by the filters)</source>
        <translation>(フィルターでイベントを絞り込み中)</translation>
    </message>
    <message>
        <source> · indexing source texts…</source>
        <translation> · 出典テキストを索引付け中…</translation>
    </message>
    <message>
        <source>Searched in %1 ms</source>
        <translation>検索時間 %1 ミリ秒</translation>
    </message>
    <message numerus="yes">
        <source>%n actors</source>
        <translation>
            <numerusform>%n 主体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n themes</source>
        <translation>
            <numerusform>%n テーマ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n 種類</numerusform>
        </translation>
    </message>
    <message>
        <source>years %1–%2</source>
        <translation>%1–%2 年</translation>
    </message>
    <message>
        <source>text &quot;%1&quot;</source>
        <translation>テキスト「%1」</translation>
    </message>
    <message>
        <source>Filters: none — all %1 events shown</source>
        <translation>フィルター: なし — 全 %1 件のイベントを表示</translation>
    </message>
    <message>
        <source>Filters: %1 — %2 of %3 events shown</source>
        <translation>フィルター: %1 — %3 件中 %2 件のイベントを表示</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>1 involves it</source>
        <translation>関与 1 件</translation>
    </message>
    <message>
        <source>%1 involve it</source>
        <translation>関与 %1 件</translation>
    </message>
    <message>
        <source>%1 in its lane</source>
        <translation>レーンに %1 件</translation>
    </message>
    <message>
        <source>%1 events list %2 among their actors; %3 of them have it first and are drawn in its lane on the timeline.</source>
        <translation>%2 を主体に含むイベントは %1 件です。そのうち %3 件はそれが最初の主体で、年表ではそのレーンに描かれます。</translation>
    </message>
    <message>
        <source>Indexing the events for search…</source>
        <translation>検索のためにイベントを索引付けしています…</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::SourceEditDialog</name>
    <message>
        <source>New Source</source>
        <translation>新しい出典</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>出典を編集</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>著者(&amp;A):</translation>
    </message>
    <message>
        <source>One per line: Family, Given — or an organisation&apos;s name without a comma</source>
        <translation>1 行に 1 人: 姓, 名 — 組織名の場合はカンマなし</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>発行日(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Series or outlet:</source>
        <translation>シリーズまたは媒体(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>発行者(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>ライセンス(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>P&amp;erspective:</source>
        <translation>視点(&amp;E):</translation>
    </message>
    <message>
        <source>where the author writes from</source>
        <translation>著者の立場・所在</translation>
    </message>
    <message>
        <source>Text &amp;file:</source>
        <translation>テキストファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>出典にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>A source needs a type (e.g. article).</source>
        <translation>出典には種類が必要です(例: article)。</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>発行日: %1</translation>
    </message>
    <message>
        <source>The URL must be a web address starting with http:// or https://.</source>
        <translation>URL は http:// または https:// で始まるウェブアドレスにしてください。</translation>
    </message>
    <message>
        <source>Author &quot;%1&quot; needs a family name before the comma.</source>
        <translation>著者「%1」にはカンマの前に姓が必要です。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::SourceTextView</name>
    <message>
        <source>&amp;Source:</source>
        <translation>出典(&amp;S):</translation>
    </message>
    <message>
        <source>Attach text…</source>
        <translation>テキストを添付…</translation>
    </message>
    <message>
        <source>Use a copy of this article (.txt, .md, .html, .pdf) as its text</source>
        <translation>この記事のコピー (.txt, .md, .html, .pdf) をテキストとして使います</translation>
    </message>
    <message>
        <source>Finding source texts and placing their passages…</source>
        <translation>出典テキストを探し、一節の位置を特定しています…</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 前へ(&amp;P)</translation>
    </message>
    <message>
        <source>Previous passage of the selected event</source>
        <translation>選択したイベントの前の一節</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>次へ(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Next passage of the selected event</source>
        <translation>選択したイベントの次の一節</translation>
    </message>
    <message>
        <source> — date claim</source>
        <translation> — 日付の主張</translation>
    </message>
    <message>
        <source>Relation: %1 %2 %3</source>
        <translation>関係: %1 %2 %3</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>指標: %1</translation>
    </message>
    <message>
        <source>Attach source text</source>
        <translation>出典テキストを添付</translation>
    </message>
    <message>
        <source>Source texts (*.txt *.md *.html *.htm *.pdf);;All files (*)</source>
        <translation>出典テキスト (*.txt *.md *.html *.htm *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>[looking for text] </source>
        <translation>[テキストを検索中] </translation>
    </message>
    <message>
        <source>[no text] </source>
        <translation>[テキストなし] </translation>
    </message>
    <message>
        <source> · this text does not look like the source</source>
        <translation> · この文書は出典の本文ではないようです</translation>
    </message>
    <message>
        <source>attached by hand</source>
        <translation>手動で添付</translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>%1 で一致</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %n passages placed</source>
        <translation>
            <numerusform>%1 (%2) · %n 件の一節を配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not placed</source>
        <translation>
            <numerusform>、%n 件は未配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages could not be placed in this text:</source>
        <translation>
            <numerusform>このテキストで %n 件の一節の位置を特定できませんでした:</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset has no sources.</source>
        <translation>データセットに出典がありません。</translation>
    </message>
    <message>
        <source>This dataset cites no sources.</source>
        <translation>このデータセットは出典を引用していません。</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>著者:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>発行日:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>掲載:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>ライセンス:</translation>
    </message>
    <message>
        <source>Perspective:</source>
        <translation>視点:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Looking for the text of this source…</source>
        <translation>この出典のテキストを探しています…</translation>
    </message>
    <message>
        <source>The text could not be read: %1</source>
        <translation>テキストを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No text is attached. Set a library folder or attach a copy of the article (.txt, .md, .html) to read the passages in context.</source>
        <translation>テキストが添付されていません。ライブラリフォルダーを設定するか、記事のコピー (.txt, .md, .html) を添付すると、一節を文脈の中で読めます。</translation>
    </message>
    <message>
        <source>No file in the library folder %1 matches this source. Attach a copy of the article (.txt, .md, .html) to read the passages in context.</source>
        <translation>ライブラリフォルダー %1 にこの出典に一致するファイルがありません。記事のコピー (.txt, .md, .html) を添付すると、一節を文脈の中で読めます。</translation>
    </message>
    <message>
        <source>Looking for the text…</source>
        <translation>テキストを探しています…</translation>
    </message>
    <message>
        <source>No text attached</source>
        <translation>テキストなし</translation>
    </message>
    <message>
        <source>Anchored passages (%1)</source>
        <translation>アンカー付きの一節 (%1)</translation>
    </message>
    <message>
        <source>In context: …%1 [quote] %2…</source>
        <translation>文脈: …%1 [引用] %2…</translation>
    </message>
    <message>
        <source>Click to select the event.</source>
        <translation>クリックするとイベントを選択します。</translation>
    </message>
    <message>
        <source>Previous passage in this text</source>
        <translation>このテキストの前の一節</translation>
    </message>
    <message>
        <source>Next passage in this text</source>
        <translation>このテキストの次の一節</translation>
    </message>
    <message>
        <source>no passages</source>
        <translation>一節なし</translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n 件の一節</numerusform>
        </translation>
    </message>
    <message>
        <source>passage %1 of %2</source>
        <translation>一節 %1 / %2</translation>
    </message>
    <message>
        <source>Passages that support the selected event, in all sources</source>
        <translation>選択したイベントを裏付ける一節(全出典)</translation>
    </message>
    <message>
        <source>Passages in this text</source>
        <translation>このテキストの一節</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>出典テキスト</translation>
    </message>
    <message>
        <source>Passages not placed</source>
        <translation>位置を特定できなかった一節</translation>
    </message>
    <message>
        <source>Source details</source>
        <translation>出典の詳細</translation>
    </message>
    <message>
        <source>Anchored passages</source>
        <translation>アンカー付きの一節</translation>
    </message>
    <message>
        <source>The quotes of this source with their context. Press Enter on a passage to select its event.</source>
        <translation>この出典の引用とその前後の文脈。一節で Enter キーを押すと、そのイベントを選択します。</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Show the pages of the PDF with the passages marked</source>
        <translation>PDF のページを、一節に印を付けて表示します</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Show the text of the PDF, for reading aloud and copying</source>
        <translation>PDF から取り出したテキストを表示します(読み上げやコピー用)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>縮小 (Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>拡大 (Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit the pages to the width</source>
        <translation>ページを表示幅に合わせます</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::ThemeEditDialog</name>
    <message>
        <source>New Theme</source>
        <translation>新しいテーマ</translation>
    </message>
    <message>
        <source>Edit Theme</source>
        <translation>テーマを編集</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>定義(&amp;D):</translation>
    </message>
    <message>
        <source>one line</source>
        <translation>1 行で</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>テーマには名前が必要です。</translation>
    </message>
    <message>
        <source>Name (%1):</source>
        <translation>名前（%1）:</translation>
    </message>
    <message>
        <source>Definition (%1):</source>
        <translation>定義（%1）:</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::ThemeFrequencyChart</name>
    <message>
        <source>year the event starts</source>
        <translation>イベントの開始年</translation>
    </message>
    <message>
        <source>events with the theme</source>
        <translation>テーマを持つイベント</translation>
    </message>
    <message>
        <source>The six most frequent themes among the visible events; each event counts in the year it starts.</source>
        <translation>表示中のイベントで最も多い 6 つのテーマ。各イベントは開始年で数えます。</translation>
    </message>
    <message>
        <source>No themes among the visible events</source>
        <translation>表示中のイベントにテーマがありません</translation>
    </message>
    <message>
        <source>Themes over time</source>
        <translation>テーマの推移</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::TimelineRenderer</name>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>日付が確定</translation>
    </message>
    <message>
        <source>month / year</source>
        <translation>月 / 年</translation>
    </message>
    <message>
        <source>approximate / uncertain</source>
        <translation>おおよそ / 不確か</translation>
    </message>
    <message>
        <source>range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>終了未定</translation>
    </message>
    <message>
        <source>sources disagree on the date</source>
        <translation>出典により日付が異なる</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概観</translation>
    </message>
    <message>
        <source>%1 in this lane</source>
        <translation>このレーンに %1 件</translation>
    </message>
    <message>
        <source>%1 of %2 in this lane</source>
        <translation>このレーンに %2 件中 %1 件</translation>
    </message>
    <message>
        <source>1 involves %1</source>
        <translation>%1 が関与 1 件</translation>
    </message>
    <message>
        <source>%1 involve %2</source>
        <translation>%2 が関与 %1 件</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <source>Events over time, one lane per actor</source>
        <translation>主体ごとのレーンに並べたイベントの推移</translation>
    </message>
    <message>
        <source>Selected: %1, %2</source>
        <translation>選択中: %1、%2</translation>
    </message>
    <message>
        <source>precision: %1</source>
        <translation>精度: %1</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>おおよそ</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>不確か</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>start unknown</source>
        <translation>開始不明</translation>
    </message>
    <message>
        <source>%1 (%2; %3)</source>
        <translation>%1 (%2; %3)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Other date given: %1</source>
        <translation>別の日付: %1</translation>
    </message>
    <message>
        <source>Other date given: %1 (%2)</source>
        <translation>別の日付: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) around %1 — zoom in to see them</source>
        <translation>
            <numerusform>%1 付近に %n 件のイベント — 拡大すると表示されます</numerusform>
        </translation>
    </message>
    <message>
        <source>A lane holds the events whose first actor is %1; the Search panel&apos;s actor filter counts every event that lists %1.</source>
        <translation>レーンには %1 を最初の主体とするイベントが入ります。検索パネルの主体フィルターは %1 を含むすべてのイベントを数えます。</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::TourEditor</name>
    <message>
        <source>Tour</source>
        <translation>ツアー</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>New tour</source>
        <translation>新しいツアー</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Rename tour</source>
        <translation>ツアーの名前を変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete tour</source>
        <translation>ツアーを削除</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Add current event</source>
        <translation>現在のイベントを追加</translation>
    </message>
    <message>
        <source>Add the current event as a step (Insert)</source>
        <translation>現在のイベントをステップとして追加 (Insert)</translation>
    </message>
    <message>
        <source>Move step up (Alt+Up)</source>
        <translation>ステップを上へ (Alt+Up)</translation>
    </message>
    <message>
        <source>Move step down (Alt+Down)</source>
        <translation>ステップを下へ (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>除去</translation>
    </message>
    <message>
        <source>Remove step (Delete)</source>
        <translation>ステップを除去 (Delete)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>プレゼンテーション</translation>
    </message>
    <message>
        <source>Present this tour from the selected step (F5)</source>
        <translation>選択したステップからこのツアーをプレゼンテーション (F5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>What to say at this step</source>
        <translation>このステップで話す内容</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>%1 (1 step)</source>
        <translation>%1(1 ステップ)</translation>
    </message>
    <message>
        <source>%1 (%2 steps)</source>
        <translation>%1(%2 ステップ)</translation>
    </message>
    <message>
        <source>no tour to rename</source>
        <translation>名前を変更するツアーがありません</translation>
    </message>
    <message>
        <source>no tour to delete</source>
        <translation>削除するツアーがありません</translation>
    </message>
    <message>
        <source>select an event first</source>
        <translation>先にイベントを選択してください</translation>
    </message>
    <message>
        <source>create a tour first</source>
        <translation>先にツアーを作成してください</translation>
    </message>
    <message>
        <source>no step to move there</source>
        <translation>そこへ移動できるステップがありません</translation>
    </message>
    <message>
        <source>no step to remove</source>
        <translation>除去するステップがありません</translation>
    </message>
    <message>
        <source>no step for the note</source>
        <translation>メモを付けるステップがありません</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>&amp;Note (%1):</source>
        <translation>メモ（%1）(&amp;N):</translation>
    </message>
    <message>
        <source>a tour needs a title</source>
        <translation>ツアーにはタイトルが必要です</translation>
    </message>
    <message>
        <source>Title (%1, empty for the original):</source>
        <translation>タイトル（%1。空欄なら元の言語）:</translation>
    </message>
</context>
<context>
    <name>Anchorline::Views::WebPageExporter</name>
    <message>
        <source>Search events</source>
        <translation>出来事を検索</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>ツアー</translation>
    </message>
    <message>
        <source>No tour</source>
        <translation>ツアーなし</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Dates in the sources</source>
        <translation>資料にある日付</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>関連する出来事</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>全期間を表示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Wheel or pinch to zoom, drag to pan, arrow keys to move; click an event for its card.</source>
        <translation>ホイールかピンチで拡大・縮小、ドラッグで移動、矢印キーでも移動できます。出来事をクリックするとカードが開きます。</translation>
    </message>
    <message>
        <source>No evidence quoted.</source>
        <translation>引用された根拠はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in lanes not shown</source>
        <translation>
            <numerusform>表示しないレーンの出来事 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without a usable date</source>
        <translation>
            <numerusform>使える日付のない出来事 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>指標 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) (kept as links)</source>
        <translation>
            <numerusform>画像 %n 件 (リンクとして保持)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Select the passage to quote first.</source>
        <translation>先に引用する一節を選択してください。</translation>
    </message>
    <message>
        <source>The text belongs to no source of this dataset.</source>
        <translation>このテキストはデータセットのどの出典にも属していません。</translation>
    </message>
    <message>
        <source>The dataset has no event to anchor to.</source>
        <translation>データセットにアンカー先のイベントがありません。</translation>
    </message>
    <message>
        <source>Anchor Selection</source>
        <translation>選択範囲をアンカー</translation>
    </message>
    <message>
        <source>The id must not be empty.</source>
        <translation>ID は空にできません。</translation>
    </message>
    <message>
        <source>The id must not contain spaces.</source>
        <translation>ID に空白は使えません。</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used.</source>
        <translation>ID「%1」はすでに使われています。</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>有効な日付ではありません</translation>
    </message>
    <message>
        <source>on or before %1 (open start)</source>
        <translation>%1 以前(開始未定)</translation>
    </message>
    <message>
        <source>from %1 on (open end)</source>
        <translation>%1 以降(終了未定)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 から %2 の間</translation>
    </message>
    <message>
        <source>%1 (not a valid date)</source>
        <translation>%1(有効な日付ではありません)</translation>
    </message>
    <message>
        <source>precision: %1</source>
        <translation>精度: %1</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>おおよそ</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>不確か</translation>
    </message>
    <message>
        <source>%1 (written &quot;%2&quot;)
%3; %4</source>
        <translation>%1(表記「%2」)
%3; %4</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>不明な出典「%1」</translation>
    </message>
    <message>
        <source>Sources: none cited by the events shown.</source>
        <translation>出典: 表示中のイベントは出典を引用していません。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>出典: %1。</translation>
    </message>
    <message>
        <source>  ·  page %1 of %2</source>
        <translation>  ·  %1 / %2 ページ</translation>
    </message>
    <message>
        <source>Timeline exported by Anchorline</source>
        <translation>Anchorline で書き出した年表</translation>
    </message>
    <message>
        <source>%1: nothing was produced (the %2 writer failed)</source>
        <translation>%1: 何も出力されませんでした(%2 の書き出しに失敗)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>era</source>
        <translation>時代区分</translation>
    </message>
    <message>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>tour</source>
        <translation>ツアー</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1を削除</translation>
    </message>
    <message>
        <source>Edit dataset title</source>
        <translation>データセットのタイトルを編集</translation>
    </message>
    <message>
        <source>the id must not be empty</source>
        <translation>ID は空にできません</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used</source>
        <translation>ID「%1」はすでに使われています</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>イベントにはタイトルが必要です</translation>
    </message>
    <message>
        <source>an event needs a kind</source>
        <translation>イベントには種類が必要です</translation>
    </message>
    <message>
        <source>unknown actor &quot;%1&quot;</source>
        <translation>不明な主体「%1」</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>不明なテーマ「%1」</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>不明なイベント「%1」</translation>
    </message>
    <message>
        <source>a relation cannot join an event to itself</source>
        <translation>関係でイベントをそれ自身に結ぶことはできません</translation>
    </message>
    <message>
        <source>a source needs a title</source>
        <translation>出典にはタイトルが必要です</translation>
    </message>
    <message>
        <source>an actor needs a name</source>
        <translation>主体には名前が必要です</translation>
    </message>
    <message>
        <source>an actor needs a colour</source>
        <translation>主体には色が必要です</translation>
    </message>
    <message>
        <source>a theme needs a name</source>
        <translation>テーマには名前が必要です</translation>
    </message>
    <message>
        <source>an era needs a name</source>
        <translation>時代区分には名前が必要です</translation>
    </message>
    <message>
        <source>an era needs a date</source>
        <translation>時代区分には日付が必要です</translation>
    </message>
    <message>
        <source>a metric needs a name</source>
        <translation>指標には名前が必要です</translation>
    </message>
    <message>
        <source>a tour needs a title</source>
        <translation>ツアーにはタイトルが必要です</translation>
    </message>
    <message>
        <source>no %1 at index %2</source>
        <translation>インデックス %2 に%1がありません</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
    <message>
        <source>Summary: </source>
        <translation>概要: </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>メモ: </translation>
    </message>
    <message>
        <source>Quote (%1): </source>
        <translation>引用 (%1): </translation>
    </message>
    <message>
        <source>In the text of %1</source>
        <translation>%1 のテキスト中</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>時代区分</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) list this actor; it will be taken off them.</source>
        <translation>
            <numerusform>%n 件のイベントがこの主体を挙げています。それらのイベントから外されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) will have no actor left and move to the lane for events without an actor.</source>
        <translation>
            <numerusform>%n 件のイベントは主体がなくなり、主体のないイベントのレーンに移ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s) in its lane will no longer belong to a lane.</source>
        <translation>
            <numerusform>そのレーンの %n 件の時代区分はどのレーンにも属さなくなります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) are tagged with this theme; the tag will be taken off them.</source>
        <translation>
            <numerusform>%n 件のイベントにこのテーマが付いています。それらのイベントからテーマが外されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date claim(s) name this source; they keep their dates without a source.</source>
        <translation>
            <numerusform>%n 件の日付の主張がこの出典を挙げています。日付は出典なしでそのまま残ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric value(s) name this source; they keep their values without a source.</source>
        <translation>
            <numerusform>%n 件の指標の値がこの出典を挙げています。値は出典なしでそのまま残ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n value(s) will be deleted with it.</source>
        <translation>
            <numerusform>その %n 件の値も一緒に削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>イベント: %1</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>、ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 (no such source)</source>
        <translation>%1(存在しない出典)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>Between the qualities of a date: &quot;precision: day, uncertain&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
</context>
</TS>
