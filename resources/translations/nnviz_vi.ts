<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Activations</name>
    <message>
        <location filename="../../nnviz/core/activations.py" line="109"/>
        <source>unknown activation {name!r} (known: {known})</source>
        <translation>hàm kích hoạt không xác định {name!r} (đã biết: {known})</translation>
    </message>
</context>
<context>
    <name>AnimationDialog</name>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="38"/>
        <source>Training: a frame every K steps</source>
        <translation>Huấn luyện: một khung hình mỗi K bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="39"/>
        <source>The step-through: a frame per step</source>
        <translation>Đi từng bước: một khung hình mỗi bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="40"/>
        <source>The lesson&apos;s steps: a frame per step</source>
        <translation>Các bước của bài học: một khung hình mỗi bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="71"/>
        <source>{path}: the animation is a GIF, give a file name ending in .gif</source>
        <translation>{path}: ảnh động là GIF, hãy cho tên tệp kết thúc bằng .gif</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="75"/>
        <source>frames per second</source>
        <translation>khung hình mỗi giây</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="82"/>
        <source>the length</source>
        <translation>độ dài</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="84"/>
        <source>this lesson has no steps to record</source>
        <translation>bài học này không có bước nào để ghi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="98"/>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="168"/>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="209"/>
        <source>Export animation</source>
        <translation>Xuất ảnh động</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="101"/>
        <source>The whole window</source>
        <translation>Toàn bộ cửa sổ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="105"/>
        <source>Record</source>
        <translation>Ghi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="111"/>
        <source>Frames from</source>
        <translation>Khung hình theo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="113"/>
        <source>a frame every K training steps</source>
        <translation>một khung hình mỗi K bước huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="114"/>
        <source>Every K steps</source>
        <translation>Mỗi K bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="116"/>
        <source>Frames per second</source>
        <translation>Khung hình mỗi giây</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="120"/>
        <source>the step-through and the lesson stop at their last step</source>
        <translation>đi từng bước và bài học dừng ở bước cuối của chúng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="125"/>
        <source>Length (frames)</source>
        <translation>Độ dài (khung hình)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="128"/>
        <source>As shown</source>
        <translation>Như đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="129"/>
        <source>{width} pixels wide</source>
        <translation>rộng {width} điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="131"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="136"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="140"/>
        <source>GIF file</source>
        <translation>Tệp GIF</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="141"/>
        <source>Also save numbered PNG frames in a folder</source>
        <translation>Lưu thêm các khung hình PNG đánh số vào một thư mục</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="145"/>
        <source>&amp;Record</source>
        <translation>&amp;Ghi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="162"/>
        <source>= {seconds} s</source>
        <translation>= {seconds} giây</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="170"/>
        <source>GIF animation (*.gif)</source>
        <translation>Ảnh động GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="185"/>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="309"/>
        <source>Cannot export the animation</source>
        <translation>Không xuất được ảnh động</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="207"/>
        <source>Recording…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/animation_dialog.py" line="208"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../nnviz/gui/app.py" line="55"/>
        <source>no display to open the app on (DISPLAY is not set); `nnviz render --out FILE.png` draws the window to an image instead</source>
        <translation>không có màn hình để mở ứng dụng (DISPLAY chưa được đặt); `nnviz render --out FILE.png` sẽ vẽ cửa sổ ra một tệp ảnh</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="30"/>
        <source>training</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="31"/>
        <source>test</source>
        <translation>kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="40"/>
        <source>over the input plane</source>
        <translation>trên mặt phẳng đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="41"/>
        <source>over the input</source>
        <translation>theo đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="43"/>
        <source>over a slice (other inputs at their mean)</source>
        <translation>trên một lát cắt (các đầu vào khác ở giá trị trung bình)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="46"/>
        <source>The data (no network yet)</source>
        <translation>Dữ liệu (chưa có mạng)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="48"/>
        <source>The data: waiting for a network with {n} inputs</source>
        <translation>Dữ liệu: đang chờ một mạng có {n} đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="52"/>
        <source>{activation} {where}</source>
        <translation>{activation} {where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="56"/>
        <source>Output {output} {where} · decision level {level:g}</source>
        <translation>Đầu ra {output} {where} · ngưỡng quyết định {level:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="59"/>
        <source>Predicted class (largest {activation}) {where}</source>
        <translation>Lớp dự đoán ({activation} lớn nhất) {where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/captions.py" line="61"/>
        <source>Predicted {target}, {activation} {where}</source>
        <translation>{target} dự đoán, {activation} {where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="109"/>
        <source>Show a slice: two inputs, the others at their mean</source>
        <translation>Xem một lát cắt: hai đầu vào, các đầu vào khác ở giá trị trung bình</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="115"/>
        <source>Discretize</source>
        <translation>Rời rạc hóa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="116"/>
        <source>Show only the predicted class: output above or below the decision level</source>
        <translation>Chỉ hiện lớp dự đoán: đầu ra trên hay dưới ngưỡng quyết định</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="119"/>
        <source>Test data</source>
        <translation>Dữ liệu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="120"/>
        <source>Show the test points (squares with a dark rim)</source>
        <translation>Hiện các điểm kiểm tra (hình vuông viền đậm)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="125"/>
        <source>the input on the horizontal axis</source>
        <translation>đầu vào trên trục ngang</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="126"/>
        <source>the input on the vertical axis</source>
        <translation>đầu vào trên trục dọc</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="129"/>
        <source>Slice:</source>
        <translation>Lát cắt:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="130"/>
        <source>All inputs</source>
        <translation>Mọi đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="131"/>
        <source>Back to the message about what this view can draw</source>
        <translation>Quay lại thông báo về những gì khung nhìn này vẽ được</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="267"/>
        <source>No data yet.</source>
        <translation>Chưa có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="271"/>
        <source>“{name}” has {n} inputs. This view draws the network over one or two inputs only (a curve, or a map of the plane).</source>
        <translation>“{name}” có {n} đầu vào. Khung nhìn này chỉ vẽ mạng theo một hoặc hai đầu vào (một đường cong, hoặc bản đồ trên mặt phẳng).</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="355"/>
        <source>output</source>
        <translation>đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="447"/>
        <source>Could not compute the map: {error}</source>
        <translation>Không tính được bản đồ: {error}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../nnviz/cli.py" line="65"/>
        <location filename="../../nnviz/gui/language.py" line="82"/>
        <source>--lang {code}: unknown language; choose one of {choices}</source>
        <translation>--lang {code}: ngôn ngữ không xác định; hãy chọn một trong {choices}</translation>
    </message>
</context>
<context>
    <name>ColourKey</name>
    <message>
        <location filename="../../nnviz/gui/kit/colour_key.py" line="36"/>
        <source>class {name}</source>
        <translation>lớp {name}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="59"/>
        <source>--lr needs --target: the update follows the gradient of the loss</source>
        <translation>--lr cần --target: bước cập nhật đi theo gradient của mất mát</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="76"/>
        <source>--max-terms is for --format steps or beamer (the other formats write every term)</source>
        <translation>--max-terms dùng cho --format steps hoặc beamer (các định dạng khác ghi mọi số hạng)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="80"/>
        <source>--max-terms must be a whole number ≥ 1, got {value}</source>
        <translation>--max-terms phải là một số nguyên ≥ 1, nhận được {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="98"/>
        <source>{option} is empty: give comma-separated numbers such as 1,-1</source>
        <translation>{option} đang trống: hãy cho các số phân cách bằng dấu phẩy, ví dụ 1,-1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/explain.py" line="107"/>
        <source>{option}: an empty entry (give comma-separated numbers such as 1,-1)</source>
        <translation>{option}: có một mục trống (hãy cho các số phân cách bằng dấu phẩy, ví dụ 1,-1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/lessons.py" line="57"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/lessons.py" line="57"/>
        <source>steps</source>
        <translation>số bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/lessons.py" line="58"/>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="121"/>
        <source>expected a whole number, not {text}</source>
        <translation>cần một số nguyên, không phải {text}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="136"/>
        <source>--layers {text}: expected layer sizes ≥ 1 separated by commas, input and output included, e.g. 2,4,1</source>
        <translation>--layers {text}: cần kích thước các lớp ≥ 1 phân cách bằng dấu phẩy, gồm cả đầu vào và đầu ra, ví dụ 2,4,1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="156"/>
        <source>--batch {text}: expected &apos;full&apos; or a whole number ≥ 1</source>
        <translation>--batch {text}: cần &apos;full&apos; hoặc một số nguyên ≥ 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="164"/>
        <source>{option} {value}: must be a whole number ≥ {minimum}</source>
        <translation>{option} {value}: phải là một số nguyên ≥ {minimum}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="176"/>
        <source>{option} {number}: the lesson {name} has steps 1 to {count} (0 is its start)</source>
        <translation>{option} {number}: bài học {name} có các bước từ 1 đến {count} (0 là lúc bắt đầu)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="178"/>
        <source>{option} {number}: the lesson {name} has no steps (only 0, its start)</source>
        <translation>{option} {number}: bài học {name} không có bước nào (chỉ có 0, lúc bắt đầu)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/options.py" line="190"/>
        <source>{option} cannot be combined with {reason}</source>
        <translation>không thể dùng {option} cùng với {reason}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train.py" line="84"/>
        <source>--lesson-step {step} needs --lesson NAME, the lesson whose step to start from</source>
        <translation>--lesson-step {step} cần --lesson NAME, bài học có bước để bắt đầu</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train.py" line="87"/>
        <source>nnviz train: one of --dataset, --data or --lesson is required</source>
        <translation>nnviz train: cần một trong --dataset, --data hoặc --lesson</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="58"/>
        <source>--lr {lr}: the learning rate must be a number &gt; 0</source>
        <translation>--lr {lr}: tốc độ học phải là một số &gt; 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="79"/>
        <source>--lesson (the lesson sets the data, the network and the rule)</source>
        <translation>--lesson (bài học đặt dữ liệu, mạng và quy tắc)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="84"/>
        <source>the perceptron rule of lesson {name}</source>
        <translation>quy tắc perceptron của bài học {name}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="96"/>
        <source>lesson {name}, step {number} of {count}: {title}</source>
        <translation>bài học {name}, bước {number} trên {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_lesson.py" line="97"/>
        <source>lesson {name}, its start: {title}</source>
        <translation>bài học {name}, lúc bắt đầu: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="45"/>
        <source>{option} does not apply to --rule perceptron</source>
        <translation>{option} không áp dụng cho --rule perceptron</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="48"/>
        <source>the perceptron rule needs two classes; data set {name} has regression data</source>
        <translation>quy tắc perceptron cần hai lớp; tập dữ liệu {name} là dữ liệu hồi quy</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="50"/>
        <source>the perceptron rule needs two classes; data set {name} has {k} classes</source>
        <translation>quy tắc perceptron cần hai lớp; tập dữ liệu {name} có {k} lớp</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="57"/>
        <source>--output-activation and --no-bias cannot be combined with --model</source>
        <translation>không thể dùng --output-activation và --no-bias cùng với --model</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="63"/>
        <source>{source}: the perceptron rule trains one neuron with a sign or step activation; this model is a {network}</source>
        <translation>{source}: quy tắc perceptron huấn luyện một nơ-ron với hàm kích hoạt sign hoặc step; mô hình này là {network}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="72"/>
        <source>--output-activation {activation}: the perceptron rule needs sign or step</source>
        <translation>--output-activation {activation}: quy tắc perceptron cần sign hoặc step</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="77"/>
        <source>--layers {layers}: the perceptron rule trains one neuron with no hidden layer: use --layers {inputs},1</source>
        <translation>--layers {layers}: quy tắc perceptron huấn luyện một nơ-ron không có lớp ẩn: dùng --layers {inputs},1</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="109"/>
        <source>epoch {epoch}: 1 mistake, {parameters}</source>
        <translation>epoch {epoch}: 1 lỗi, {parameters}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="110"/>
        <source>epoch {epoch}: {mistakes} mistakes, {parameters}</source>
        <translation>epoch {epoch}: {mistakes} lỗi, {parameters}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="127"/>
        <source>converged: an epoch without a mistake</source>
        <translation>đã hội tụ: một epoch không có lỗi nào</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="129"/>
        <source>the step budget is used up (no epoch without a mistake)</source>
        <translation>đã dùng hết số bước cho phép (không có epoch nào không lỗi)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="130"/>
        <source>{parameters}; training accuracy {train}</source>
        <translation>{parameters}; độ chính xác trên tập huấn luyện {train}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="132"/>
        <source>{parameters}; training accuracy {train}, test accuracy {test}</source>
        <translation>{parameters}; độ chính xác trên tập huấn luyện {train}, trên tập kiểm tra {test}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="135"/>
        <source>stopped after {steps} steps ({epochs} epochs): {why}</source>
        <translation>dừng sau {steps} bước ({epochs} epoch): {why}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_perceptron.py" line="141"/>
        <location filename="../../nnviz/commands/train_reports.py" line="151"/>
        <source>saved the network to {path}</source>
        <translation>đã lưu mạng vào {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="30"/>
        <source>cost C = 1/n Σ ℓ</source>
        <translation>chi phí C = 1/n Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="31"/>
        <source>cost L = Σ ℓ</source>
        <translation>chi phí L = Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="77"/>
        <source>full batch</source>
        <translation>toàn bộ lô</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="78"/>
        <source>batches of {m}</source>
        <translation>lô gồm {m}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="80"/>
        <source>, {n} test</source>
        <translation>, {n} kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="82"/>
        <source>1 training sample</source>
        <translation>1 mẫu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="83"/>
        <source>{n} training samples</source>
        <translation>{n} mẫu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="84"/>
        <source>the perceptron rule</source>
        <translation>quy tắc perceptron</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="87"/>
        <source>training a {network} on {dataset} ({samples}{test}), {cost}, {rule} η = {lr:g}, {batch}, {total} steps</source>
        <translation>huấn luyện {network} trên {dataset} ({samples}{test}), {cost}, {rule} η = {lr:g}, {batch}, {total} bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="89"/>
        <source>training a {network} on {dataset} ({samples}{test}), {rule} η = {lr:g}, {batch}, {total} steps</source>
        <translation>huấn luyện {network} trên {dataset} ({samples}{test}), {rule} η = {lr:g}, {batch}, {total} bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="101"/>
        <source>  accuracy {accuracy}</source>
        <translation>  độ chính xác {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="103"/>
        <source>  test loss {loss:.6g}</source>
        <translation>  mất mát kiểm tra {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="105"/>
        <source>  test accuracy {accuracy}</source>
        <translation>  độ chính xác kiểm tra {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="108"/>
        <source>step {step}/{total}  epoch {epoch:.6g}  loss {loss:.6g}</source>
        <translation>bước {step}/{total}  epoch {epoch:.6g}  mất mát {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="133"/>
        <source>the step budget is used up</source>
        <translation>đã dùng hết số bước cho phép</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="134"/>
        <source>converged</source>
        <translation>đã hội tụ</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="135"/>
        <source>diverged</source>
        <translation>đã phân kỳ</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="136"/>
        <source>stopped after {steps} steps ({epochs:.6g} epochs): {why}</source>
        <translation>dừng sau {steps} bước ({epochs:.6g} epoch): {why}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="140"/>
        <source>training loss {loss:.6g}</source>
        <translation>mất mát trên tập huấn luyện {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="142"/>
        <source>, training accuracy {accuracy}</source>
        <translation>, độ chính xác trên tập huấn luyện {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="145"/>
        <source>; test loss {loss:.6g}</source>
        <translation>; mất mát trên tập kiểm tra {loss:.6g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_reports.py" line="147"/>
        <source>, test accuracy {accuracy}</source>
        <translation>, độ chính xác trên tập kiểm tra {accuracy}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="36"/>
        <source>{option} applies to generated data sets (--dataset), not --data</source>
        <translation>{option} dùng cho tập dữ liệu sinh ra (--dataset), không phải --data</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="41"/>
        <source>--kind applies to CSV files (--data), not --dataset</source>
        <translation>--kind dùng cho tệp CSV (--data), không phải --dataset</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="43"/>
        <source>--data-labels applies to IDX images (--data), not --dataset</source>
        <translation>--data-labels dùng cho ảnh IDX (--data), không phải --dataset</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="104"/>
        <source>the network</source>
        <translation>mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="122"/>
        <location filename="../../nnviz/commands/train_setup.py" line="125"/>
        <source>{option} cannot be combined with --model (the model file sets it)</source>
        <translation>không thể dùng {option} cùng với --model (tệp mô hình đã đặt nó)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="139"/>
        <source>no hidden layer</source>
        <translation>không có lớp ẩn</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/train_setup.py" line="140"/>
        <source>{sizes} network ({activations} → {output}; loss {loss})</source>
        <translation>mạng {sizes} ({activations} → {output}; mất mát {loss})</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../../nnviz/core/config.py" line="225"/>
        <source>{layers} hidden layers need {layers} activations, got {count}</source>
        <translation>{layers} lớp ẩn cần {layers} hàm kích hoạt, nhận được {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="230"/>
        <source>hidden layer {l}: needs at least one neuron, not {n}</source>
        <translation>lớp ẩn {l}: cần ít nhất một nơ-ron, không phải {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="234"/>
        <source>hidden layer {l}: {name} is for the output layer only</source>
        <translation>lớp ẩn {l}: {name} chỉ dành cho lớp đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="239"/>
        <source>the output layer has {n} neurons but the data set {name} needs {sizes}</source>
        <translation>lớp đầu ra có {n} nơ-ron nhưng tập dữ liệu {name} cần {sizes}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="243"/>
        <location filename="../../nnviz/core/config.py" line="297"/>
        <source>the network</source>
        <translation>mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="251"/>
        <source>{a} or {b}</source>
        <translation>{a} hoặc {b}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="265"/>
        <source>unknown initialiser {name!r} (known: {known})</source>
        <translation>bộ khởi tạo không xác định {name!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="267"/>
        <source>the network&apos;s seed</source>
        <translation>seed của mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="269"/>
        <source>the loss {loss} needs a {needed} output layer, not {given}: change the loss or the output activation</source>
        <translation>mất mát {loss} cần lớp đầu ra {needed}, không phải {given}: hãy đổi mất mát hoặc hàm kích hoạt đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="274"/>
        <source>a softmax output</source>
        <translation>đầu ra softmax</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="275"/>
        <source>{what} is for classification, but {name} is a regression data set</source>
        <translation>{what} dành cho phân loại, nhưng {name} là tập dữ liệu hồi quy</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="279"/>
        <source>unknown batch mode {name!r} (known: {known})</source>
        <translation>chế độ lô không xác định {name!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="282"/>
        <source>the mini-batch size must be at least 1, not {m}</source>
        <translation>kích thước lô nhỏ phải ít nhất là 1, không phải {m}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="285"/>
        <source>the learning rate must be a positive number, not {value}</source>
        <translation>tốc độ học phải là một số dương, không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="288"/>
        <source>unknown training rule {name!r} (known: {known})</source>
        <translation>quy tắc huấn luyện không xác định {name!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="292"/>
        <source>[training] &apos;cost&apos; = &quot;sum&quot; is for gradient descent: the perceptron rule has no cost to differentiate</source>
        <translation>[training] &apos;cost&apos; = &quot;sum&quot; dành cho hạ gradient: quy tắc perceptron không có chi phí để lấy đạo hàm</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="300"/>
        <source>the perceptron rule trains one sign or step neuron on two classes: remove the hidden layers, choose a sign or step output and a two-class data set</source>
        <translation>quy tắc perceptron huấn luyện một nơ-ron sign hoặc step trên hai lớp: hãy bỏ các lớp ẩn, chọn đầu ra sign hoặc step và một tập dữ liệu hai lớp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="305"/>
        <source>the network has {parameters} parameters but {given} starting values were given</source>
        <translation>mạng có {parameters} tham số nhưng đã cho {given} giá trị ban đầu</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="313"/>
        <source>the data&apos;s seed</source>
        <translation>seed của dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="320"/>
        <source>a data set from a file needs the file&apos;s path</source>
        <translation>tập dữ liệu từ tệp cần đường dẫn của tệp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="324"/>
        <source>unknown data set {name!r} (known: {known})</source>
        <translation>tập dữ liệu không xác định {name!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="415"/>
        <source>the model mixes layers with and without a bias: nnviz cannot edit it</source>
        <translation>mô hình trộn các lớp có và không có độ lệch: nnviz không thể chỉnh sửa nó</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="434"/>
        <source>the output layer</source>
        <translation>lớp đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="435"/>
        <source>{where}: a softmax output needs at least 2 neurons (with 1 it always outputs 1); use sigmoid for one output</source>
        <translation>{where}: đầu ra softmax cần ít nhất 2 nơ-ron (với 1 nơ-ron nó luôn ra 1); hãy dùng sigmoid cho một đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="445"/>
        <source>{source} has {inputs} inputs but data set {name!r} has {features} features ({names})</source>
        <translation>{source} có {inputs} đầu vào nhưng tập dữ liệu {name!r} có {features} đặc trưng ({names})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/core/config.py" line="454"/>
        <source>%n classes</source>
        <translation>
            <numerusform>%n lớp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/core/config.py" line="456"/>
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n mục tiêu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="457"/>
        <source>{source} has {outputs} outputs but data set {name!r} has {what}: the output layer needs {sizes}</source>
        <translation>{source} có {outputs} đầu ra nhưng tập dữ liệu {name!r} có {what}: lớp đầu ra cần {sizes}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="466"/>
        <source>the model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="487"/>
        <source>inline points need both &apos;x&apos; (rows of inputs) and &apos;y&apos; (targets)</source>
        <translation>các điểm viết trực tiếp cần cả &apos;x&apos; (các hàng đầu vào) và &apos;y&apos; (mục tiêu)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="491"/>
        <source>&apos;x&apos; must be a list of rows, all of the same length</source>
        <translation>&apos;x&apos; phải là một danh sách các hàng, tất cả dài bằng nhau</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="493"/>
        <source>&apos;x&apos; has {rows} rows but &apos;y&apos; has {targets} targets</source>
        <translation>&apos;x&apos; có {rows} hàng nhưng &apos;y&apos; có {targets} mục tiêu</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="501"/>
        <source>classification targets &apos;y&apos; must be class numbers 0, 1, ...</source>
        <translation>mục tiêu phân loại &apos;y&apos; phải là số lớp 0, 1, ...</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="503"/>
        <source>inline points &apos;y&apos;</source>
        <translation>&apos;y&apos; của các điểm viết trực tiếp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="513"/>
        <source>regression targets &apos;y&apos; must be numbers or rows of numbers</source>
        <translation>mục tiêu hồi quy &apos;y&apos; phải là số hoặc các hàng số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="518"/>
        <source>unknown kind {name!r} (known: {known})</source>
        <translation>loại không xác định {name!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/config.py" line="521"/>
        <source>inline points must be finite numbers</source>
        <translation>các điểm viết trực tiếp phải là số hữu hạn</translation>
    </message>
</context>
<context>
    <name>Confusion</name>
    <message>
        <location filename="../../nnviz/core/confusion.py" line="81"/>
        <source>{name} is a regression data set: it has no classes to confuse</source>
        <translation>{name} là tập dữ liệu hồi quy: không có lớp nào để nhầm lẫn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/confusion.py" line="85"/>
        <source>the network has {inputs} inputs but {name} has {features}</source>
        <translation>mạng có {inputs} đầu vào nhưng {name} có {features}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/confusion.py" line="90"/>
        <source>the network has {outputs} outputs but {name}&apos;s {k} classes need {needed}</source>
        <translation>mạng có {outputs} đầu ra nhưng {k} lớp của {name} cần {needed}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="104"/>
        <source>The previous page of mistakes</source>
        <translation>Trang lỗi trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="105"/>
        <source>The next page of mistakes</source>
        <translation>Trang lỗi sau</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="158"/>
        <source>{first}–{last} of {count:,}</source>
        <translation>{first}–{last} / {count:,}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="160"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/gallery.py" line="195"/>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="245"/>
        <source>said {said} (label {label})</source>
        <translation>nói {said} (nhãn {label})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/matrix.py" line="78"/>
        <source>right</source>
        <translation>đúng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/matrix.py" line="89"/>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="113"/>
        <source>true class</source>
        <translation>lớp thật</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/matrix.py" line="178"/>
        <source>predicted</source>
        <translation>dự đoán</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="106"/>
        <source>The confusion matrix shows classification data: {name} is a regression data set.</source>
        <translation>Ma trận nhầm lẫn hiển thị dữ liệu phân loại: {name} là tập dữ liệu hồi quy.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="110"/>
        <source>no network yet</source>
        <translation>chưa có mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="112"/>
        <source>true digit</source>
        <translation>chữ số thật</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="206"/>
        <source>Test set</source>
        <translation>Tập kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="207"/>
        <source>Training set (no test set)</source>
        <translation>Tập huấn luyện (không có tập kiểm tra)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="208"/>
        <source>{set}: {right:,} of {n:,} right, {accuracy} · step {step:,}</source>
        <translation>{set}: đúng {right:,} / {n:,}, {accuracy} · bước {step:,}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="251"/>
        <source>Most confident mistakes</source>
        <translation>Những lỗi tự tin nhất</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="254"/>
        <source>Label {label}, said {said}</source>
        <translation>Nhãn {label}, nói {said}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../nnviz/core/counts.py" line="26"/>
        <source>{n} bias</source>
        <translation>{n} độ lệch</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="27"/>
        <source>{n} biases</source>
        <translation>{n} độ lệch</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="28"/>
        <source>no biases</source>
        <translation>không có độ lệch</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="29"/>
        <source>{sizes} network: {neurons}, {weights}, {biases}, {parameters}</source>
        <translation>mạng {sizes}: {neurons}, {weights}, {biases}, {parameters}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="32"/>
        <source>{n} neuron</source>
        <translation>{n} nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="33"/>
        <source>{n} neurons</source>
        <translation>{n} nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="34"/>
        <source>{n} weight</source>
        <translation>{n} trọng số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="35"/>
        <source>{n} weights</source>
        <translation>{n} trọng số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="37"/>
        <source>{n} parameter</source>
        <translation>{n} tham số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/counts.py" line="38"/>
        <source>{n} parameters</source>
        <translation>{n} tham số</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="58"/>
        <source>kind must be one of {kinds} (or None: detect), not {kind}</source>
        <translation>kind phải là một trong {kinds} (hoặc None: tự nhận biết), không phải {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="65"/>
        <location filename="../../nnviz/core/data/idx.py" line="232"/>
        <source>{path}: the file is empty (no rows)</source>
        <translation>{path}: tệp trống (không có dòng nào)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="68"/>
        <source>{path}: line {line} has a single column; need at least one feature column and the target as the last column, separated by &apos;,&apos;, &apos;;&apos; or tab</source>
        <translation>{path}: dòng {line} chỉ có một cột; cần ít nhất một cột đặc trưng và cột đích ở cuối, phân cách bằng &apos;,&apos;, &apos;;&apos; hoặc tab</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="76"/>
        <location filename="../../nnviz/core/data/idx.py" line="237"/>
        <source>{path}: no data rows after the header on line {line}</source>
        <translation>{path}: không có dòng dữ liệu nào sau tiêu đề ở dòng {line}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="81"/>
        <source>{path}: line {line} has {cells}, line {first} has {width} ({column} is missing)</source>
        <translation>{path}: dòng {line} có {cells}, dòng {first} có {width} ({column} bị thiếu)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="83"/>
        <source>{path}: line {line} has {cells}, line {first} has {width} ({column} is extra)</source>
        <translation>{path}: dòng {line} có {cells}, dòng {first} có {width} ({column} bị thừa)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="98"/>
        <source>{path}: the target, {column}, holds the single value {value}; classification needs at least two classes</source>
        <translation>{path}: cột đích, {column}, chỉ có một giá trị {value}; phân loại cần ít nhất hai lớp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="164"/>
        <source>{path}: line {line}, column {column}: a quoted cell runs on to line {end} (is a closing quote missing?)</source>
        <translation>{path}: dòng {line}, cột {column}: một ô trong dấu ngoặc kép kéo dài tới dòng {end} (có thiếu dấu ngoặc đóng không?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="174"/>
        <source>{path}: line {line}: {error}</source>
        <translation>{path}: dòng {line}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="193"/>
        <source>1 cell</source>
        <translation>1 ô</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="193"/>
        <source>{k} cells</source>
        <translation>{k} ô</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="199"/>
        <source>column {j} ({name})</source>
        <translation>cột {j} ({name})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="200"/>
        <source>column {j}</source>
        <translation>cột {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="216"/>
        <source>{path}: line {line}, {column}</source>
        <translation>{path}: dòng {line}, {column}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="219"/>
        <source>{where}: empty cell; every cell must be a number</source>
        <translation>{where}: ô trống; mọi ô đều phải là số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="224"/>
        <source> (write decimals with &apos;.&apos;)</source>
        <translation> (viết số thập phân bằng &apos;.&apos;)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="226"/>
        <source> (if this line is a header, load with header=True)</source>
        <translation> (nếu dòng này là tiêu đề, hãy nạp với header=True)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="227"/>
        <source>{where}: {cell} is not a number{hint}</source>
        <translation>{where}: {cell} không phải là số{hint}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="230"/>
        <source>{where}: {cell} is not a finite number</source>
        <translation>{where}: {cell} không phải số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="62"/>
        <source>{name}: a {rows}×{cols} image has {pixels} pixels, not {inputs} inputs</source>
        <translation>{name}: ảnh {rows}×{cols} có {pixels} điểm ảnh, không phải {inputs} đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="78"/>
        <source>{name} has samples 1 to {n}, not {i}</source>
        <translation>{name} có các mẫu từ 1 đến {n}, không có {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="88"/>
        <source>training sample {i}</source>
        <translation>mẫu huấn luyện {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="89"/>
        <source>test sample {i}</source>
        <translation>mẫu kiểm tra {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="118"/>
        <source>{name} has {k} classes: the output layer needs {k} neurons, not 1</source>
        <translation>{name} có {k} lớp phân loại: lớp đầu ra cần {k} nơ-ron, không phải 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="123"/>
        <source>{name} has {k} classes but the output layer has {n} neurons</source>
        <translation>{name} có {k} lớp phân loại nhưng lớp đầu ra có {n} nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="52"/>
        <source>nnviz reads a CSV table (the target last), a digit CSV (label, then the pixels) and IDX images (train-images-idx3-ubyte, .gz or not)</source>
        <translation>nnviz đọc bảng CSV (cột đích ở cuối), CSV chữ số (nhãn, rồi đến các điểm ảnh) và ảnh IDX (train-images-idx3-ubyte, có .gz hay không)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="79"/>
        <location filename="../../nnviz/core/data/idx.py" line="144"/>
        <source>{path}: the gzip data is damaged or cut short ({error})</source>
        <translation>{path}: dữ liệu gzip bị hỏng hoặc bị cắt cụt ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="80"/>
        <location filename="../../nnviz/core/data/idx.py" line="104"/>
        <location filename="../../nnviz/core/data/idx.py" line="146"/>
        <source>{path}: cannot read ({error})</source>
        <translation>{path}: không đọc được ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="84"/>
        <source>{path}: is an IDX label file; open its images (e.g. train-images-idx3-ubyte.gz) and give this file as their labels</source>
        <translation>{path}: là tệp nhãn IDX; hãy mở tệp ảnh của nó (ví dụ train-images-idx3-ubyte.gz) và đưa tệp này làm nhãn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="90"/>
        <source>{path}: not a file nnviz reads (gzip data that is not IDX images): {accepted}</source>
        <translation>{path}: không phải tệp nnviz đọc được (dữ liệu gzip không phải ảnh IDX): {accepted}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="92"/>
        <source>{path}: not a file nnviz reads (binary data, not IDX images): {accepted}</source>
        <translation>{path}: không phải tệp nnviz đọc được (dữ liệu nhị phân, không phải ảnh IDX): {accepted}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="165"/>
        <source>{labels}: a labels file goes with IDX images, but {path} is a CSV table (its last column is the target)</source>
        <translation>{labels}: tệp nhãn đi kèm ảnh IDX, nhưng {path} là bảng CSV (cột cuối của nó là cột đích)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="170"/>
        <source>{path}: holds digit images, classification into ten classes, not {kind}</source>
        <translation>{path}: chứa ảnh chữ số, phân loại thành mười lớp, không phải {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="174"/>
        <source>{labels}: a labels file goes with IDX images; the digit CSV {path} has its labels in its first column</source>
        <translation>{labels}: tệp nhãn đi kèm ảnh IDX; CSV chữ số {path} có nhãn ở cột đầu tiên</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="189"/>
        <source>give the labels file (nnviz train --data-labels FILE; a lesson: labels_file = &quot;FILE&quot;; the app asks for it)</source>
        <translation>hãy cung cấp tệp nhãn (nnviz train --data-labels FILE; trong bài học: labels_file = &quot;FILE&quot;; ứng dụng sẽ hỏi)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="194"/>
        <source>{path}: IDX images need their labels, and this name does not follow MNIST&apos;s (…-images-idx3-ubyte → …-labels-idx1-ubyte): {how}</source>
        <translation>{path}: ảnh IDX cần nhãn của chúng, và tên này không theo cách đặt tên của MNIST (…-images-idx3-ubyte → …-labels-idx1-ubyte): {how}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="197"/>
        <source>{path}: IDX images need their labels: no {guess} (or {guess}.gz) beside it in {folder}; {how}</source>
        <translation>{path}: ảnh IDX cần nhãn của chúng: không có {guess} (hoặc {guess}.gz) bên cạnh trong {folder}; {how}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="213"/>
        <source>{path}: holds no images</source>
        <translation>{path}: không chứa ảnh nào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="308"/>
        <source>unknown data set {name}; choose one of: {names}</source>
        <translation>không biết tập dữ liệu {name}; hãy chọn một trong: {names}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="351"/>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what} phải là một số nguyên, không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="360"/>
        <source>{name}: n must be from {min} to {max}, got {value}</source>
        <translation>{name}: n phải từ {min} đến {max}, nhận được {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="368"/>
        <location filename="../../nnviz/core/data/generators.py" line="373"/>
        <source>{what} must be a number, not {value}</source>
        <translation>{what} phải là một số, không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="376"/>
        <source>{what} must be a finite number, not {value}</source>
        <translation>{what} phải là một số hữu hạn, không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="386"/>
        <source>{name}: noise must be at least 0, got {value:g}</source>
        <translation>{name}: noise phải ít nhất là 0, nhận được {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="388"/>
        <source>{name}: noise must be at least 0 and at most {max:g}, got {value:g}</source>
        <translation>{name}: noise phải ít nhất là 0 và nhiều nhất là {max:g}, nhận được {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="396"/>
        <source>test_ratio must be in [0, 1), got {value:g}</source>
        <translation>test_ratio phải nằm trong [0, 1), nhận được {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="403"/>
        <source>seed must be 0 or more, got {value}</source>
        <translation>seed phải từ 0 trở lên, nhận được {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="412"/>
        <source>{name}: unknown option {key}; its options are: {options}</source>
        <translation>{name}: không biết tùy chọn {key}; các tùy chọn là: {options}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="414"/>
        <source>{name}: unknown option {key}; it takes no options</source>
        <translation>{name}: không biết tùy chọn {key}; tập này không có tùy chọn nào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="418"/>
        <source>{name}: labels must be one of {forms}, not {value}</source>
        <translation>{name}: labels phải là một trong {forms}, không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="423"/>
        <source>{name}: option {key}</source>
        <translation>{name}: tùy chọn {key}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="42"/>
        <source>an IDX image file</source>
        <translation>một tệp ảnh IDX</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="43"/>
        <source>an IDX label file</source>
        <translation>một tệp nhãn IDX</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="53"/>
        <source>{path}: the header says the images are {rows}x{cols} pixels; expected 1 to {max} pixels a side (is this really an IDX image file?)</source>
        <translation>{path}: phần đầu nói ảnh có kích thước {rows}x{cols} điểm ảnh; cần 1 đến {max} điểm ảnh mỗi cạnh (đây có thật là tệp ảnh IDX không?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="58"/>
        <source>{n} images of {rows}x{cols} pixels</source>
        <translation>{n} ảnh {rows}x{cols} điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="68"/>
        <source>{n} labels</source>
        <translation>{n} nhãn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="73"/>
        <source>{path}: label {label} at position {i} of {n} is outside 0..9 (1 label out of range); expected digit labels</source>
        <translation>{path}: nhãn {label} ở vị trí {i} trong {n} nằm ngoài 0..9 (1 nhãn ngoài phạm vi); cần nhãn chữ số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="75"/>
        <source>{path}: label {label} at position {i} of {n} is outside 0..9 ({bad} labels out of range); expected digit labels</source>
        <translation>{path}: nhãn {label} ở vị trí {i} trong {n} nằm ngoài 0..9 ({bad} nhãn ngoài phạm vi); cần nhãn chữ số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="86"/>
        <source>{images_path} and {labels_path} do not match: {images} images but {labels} labels</source>
        <translation>{images_path} và {labels_path} không khớp: {images} ảnh nhưng {labels} nhãn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="154"/>
        <source>{path}: truncated: {n} bytes, too short for the 4-byte magic number of {kind}</source>
        <translation>{path}: bị cắt cụt: {n} byte, quá ngắn cho số magic 4 byte của {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="159"/>
        <source> (that is {kind})</source>
        <translation> (đó là {kind})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="161"/>
        <source>{path}: wrong magic number 0x{found:08X}{hint}; expected 0x{magic:08X} for {kind}</source>
        <translation>{path}: số magic sai 0x{found:08X}{hint}; cần 0x{magic:08X} cho {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="165"/>
        <source>{path}: truncated header: expected {size} bytes, found {found}</source>
        <translation>{path}: phần đầu bị cắt cụt: cần {size} byte, thấy {found}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="170"/>
        <source>{path}: the header says {n} images; at most {max:,} are accepted (is this really {kind}?)</source>
        <translation>{path}: phần đầu nói có {n} ảnh; chỉ chấp nhận tối đa {max:,} (đây có thật là {kind} không?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="172"/>
        <source>{path}: the header says {n} labels; at most {max:,} are accepted (is this really {kind}?)</source>
        <translation>{path}: phần đầu nói có {n} nhãn; chỉ chấp nhận tối đa {max:,} (đây có thật là {kind} không?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="183"/>
        <source>{path}: truncated: the header promises {what}, {expected} bytes in all; the file has {size}</source>
        <translation>{path}: bị cắt cụt: phần đầu cam kết {what}, tổng cộng {expected} byte; tệp có {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="189"/>
        <source>{path}: truncated: the header promises {what}, {expected} bytes in all (uncompressed); found {found}</source>
        <translation>{path}: bị cắt cụt: phần đầu cam kết {what}, tổng cộng {expected} byte (chưa nén); thấy {found}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="198"/>
        <source>{n} more bytes</source>
        <translation>thêm {n} byte</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="199"/>
        <source>more data</source>
        <translation>thêm dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="200"/>
        <source>{path}: the file goes on after the {expected} bytes the header promises ({what}; found {more}): the header or the file is wrong</source>
        <translation>{path}: tệp còn tiếp sau {expected} byte mà phần đầu cam kết ({what}; thấy {more}): phần đầu hoặc tệp bị sai</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="221"/>
        <source>{path}: not a text file (it contains NUL bytes); expected CSV text</source>
        <translation>{path}: không phải tệp văn bản (có byte NUL); cần văn bản CSV</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="227"/>
        <source>{path}: not a UTF-8 text file (line {line} has a byte that is not UTF-8)</source>
        <translation>{path}: không phải tệp văn bản UTF-8 (dòng {line} có một byte không phải UTF-8)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="244"/>
        <source>{path}: line {line} has {width} values: a label and {pixels} pixels; the pixels must make a square image (784 = 28x28, 256 = 16x16)</source>
        <translation>{path}: dòng {line} có {width} giá trị: một nhãn và {pixels} điểm ảnh; các điểm ảnh phải tạo thành ảnh vuông (784 = 28x28, 256 = 16x16)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="251"/>
        <source>{path}: line {line} has {count} values, line {first} has {width} (a label and {pixels} pixels)</source>
        <translation>{path}: dòng {line} có {count} giá trị, dòng {first} có {width} (một nhãn và {pixels} điểm ảnh)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="263"/>
        <source>{path}: could not read the numbers</source>
        <translation>{path}: không đọc được các số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="269"/>
        <source>{path}: line {line}, column 1: label {label} is outside 0..9</source>
        <translation>{path}: dòng {line}, cột 1: nhãn {label} nằm ngoài 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="275"/>
        <source>{path}: line {line}, column {column}: pixel value {value} is outside 0..255</source>
        <translation>{path}: dòng {line}, cột {column}: giá trị điểm ảnh {value} nằm ngoài 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="309"/>
        <source>{where}: label {cell} is outside 0..9</source>
        <translation>{where}: nhãn {cell} nằm ngoài 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="310"/>
        <source>{where}: pixel value {cell} is outside 0..255</source>
        <translation>{where}: giá trị điểm ảnh {cell} nằm ngoài 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="312"/>
        <source>{where}: the cell is empty; expected a label 0..9</source>
        <translation>{where}: ô trống; cần một nhãn 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="313"/>
        <source>{where}: the cell is empty; expected a pixel value 0..255</source>
        <translation>{where}: ô trống; cần một giá trị điểm ảnh 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="316"/>
        <source>{where}: {cell} is not a whole number; expected a label 0..9</source>
        <translation>{where}: {cell} không phải số nguyên; cần một nhãn 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="318"/>
        <source>{where}: {cell} is not a whole number; expected a pixel value 0..255</source>
        <translation>{where}: {cell} không phải số nguyên; cần một giá trị điểm ảnh 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="321"/>
        <source>{where}: {cell} is not a number; expected a label 0..9</source>
        <translation>{where}: {cell} không phải là số; cần một nhãn 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="323"/>
        <source>{where}: {cell} is not a number; expected a pixel value 0..255</source>
        <translation>{where}: {cell} không phải là số; cần một giá trị điểm ảnh 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="325"/>
        <source>{path}: line {line}, column {column}</source>
        <translation>{path}: dòng {line}, cột {column}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="328"/>
        <source>{path}: line {line}: cannot read the numbers</source>
        <translation>{path}: dòng {line}: không đọc được các số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/split.py" line="41"/>
        <source>test_ratio {ratio:g} puts {n_test} of {n} samples in the test set and leaves too few for training</source>
        <translation>test_ratio {ratio:g} đưa {n_test} trong {n} mẫu vào tập kiểm tra và để lại quá ít mẫu để huấn luyện</translation>
    </message>
</context>
<context>
    <name>DetectorsView</name>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="30"/>
        <source>the first-layer view shows image data sets (mnist, digits, an IDX file)</source>
        <translation>khung nhìn lớp đầu hiển thị các tập dữ liệu ảnh (mnist, digits, một tệp IDX)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="72"/>
        <source>Tile j: hidden neuron j&apos;s weights w¹ⱼₖ from the pixels k. Colours: orange negative, blue positive; the ends are ±max |w¹ⱼₖ| of the layer, rounded up.</source>
        <translation>Ô j: các trọng số w¹ⱼₖ của nơ-ron ẩn j từ các điểm ảnh k. Màu: cam là âm, xanh lam là dương; hai đầu là ±max |w¹ⱼₖ| của lớp, làm tròn lên.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="83"/>
        <source>Each tile: one hidden neuron&apos;s weights from every pixel. Click a tile to select that neuron.</source>
        <translation>Mỗi ô: các trọng số của một nơ-ron ẩn từ mọi điểm ảnh. Nhấp vào một ô để chọn nơ-ron đó.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="183"/>
        <source>no data set yet</source>
        <translation>chưa có tập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="187"/>
        <source>start training: the first layer&apos;s weights show here</source>
        <translation>hãy bắt đầu huấn luyện: trọng số của lớp đầu hiện ở đây</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="189"/>
        <source>the network has {inputs} inputs, not {pixels} pixels</source>
        <translation>mạng có {inputs} đầu vào, không phải {pixels} điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="236"/>
        <source>Output neuron j&apos;s weights {w} from pixel k, as {rows}×{columns} tiles</source>
        <translation>Trọng số {w} của nơ-ron đầu ra j từ điểm ảnh k, thành các ô {rows}×{columns}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="238"/>
        <source>Hidden neuron j&apos;s weights {w} from pixel k, as {rows}×{columns} tiles</source>
        <translation>Trọng số {w} của nơ-ron ẩn j từ điểm ảnh k, thành các ô {rows}×{columns}</translation>
    </message>
</context>
<context>
    <name>DigitView</name>
    <message>
        <location filename="../../nnviz/gui/views/digit/bars.py" line="36"/>
        <source>The network&apos;s outputs for this sample, one bar per output neuron; the highlighted bar is its answer (the largest). Dashed: the target y, 1 at the label. Left: aᴸⱼ, or P(digit) for a softmax output layer.</source>
        <translation>Các đầu ra của mạng cho mẫu này, mỗi nơ-ron đầu ra một cột; cột được tô sáng là câu trả lời (lớn nhất). Nét đứt: mục tiêu y, bằng 1 ở nhãn. Bên trái: aᴸⱼ, hoặc P(chữ số) với lớp đầu ra softmax.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/bars.py" line="58"/>
        <source>digit</source>
        <translation>chữ số</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/bars.py" line="59"/>
        <source>output neuron</source>
        <translation>nơ-ron đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="21"/>
        <source>the digit view shows image data sets (mnist, digits, an IDX file)</source>
        <translation>khung nhìn chữ số hiển thị các tập dữ liệu ảnh (mnist, digits, một tệp IDX)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="73"/>
        <source>test {i}</source>
        <translation>kiểm tra {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="74"/>
        <source>training {i}</source>
        <translation>huấn luyện {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="75"/>
        <source>{sample} · label {label}</source>
        <translation>{sample} · nhãn {label}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="89"/>
        <source>says {said} ✓</source>
        <translation>nói {said} ✓</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="90"/>
        <location filename="../../nnviz/gui/views/digit/view.py" line="183"/>
        <source>says {said} ✗ (label {label})</source>
        <translation>nói {said} ✗ (nhãn {label})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/outputs.py" line="97"/>
        <source>P(digit)</source>
        <translation>P(chữ số)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/strip.py" line="59"/>
        <source>Click a sample to show it. Outlined in vermillion: the network gets it wrong.</source>
        <translation>Nhấp vào một mẫu để xem. Viền đỏ son: mạng trả lời sai.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="41"/>
        <source>training</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="41"/>
        <source>test</source>
        <translation>kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="71"/>
        <location filename="../../nnviz/gui/views/digit/view.py" line="369"/>
        <source>no data set yet</source>
        <translation>chưa có tập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="113"/>
        <source>the previous sample (Left)</source>
        <translation>mẫu trước (Trái)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="114"/>
        <source>the next sample (Right)</source>
        <translation>mẫu sau (Phải)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="119"/>
        <source>training or test samples</source>
        <translation>mẫu huấn luyện hay mẫu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="122"/>
        <source>the sample&apos;s number in its set</source>
        <translation>số thứ tự của mẫu trong tập</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="125"/>
        <source>next mistake</source>
        <translation>lỗi tiếp theo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="126"/>
        <source>the next sample of this set the network gets wrong</source>
        <translation>mẫu tiếp theo của tập này mà mạng trả lời sai</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="267"/>
        <source>no mistake in the test set</source>
        <translation>không có lỗi nào trong tập kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="268"/>
        <source>no mistake in the training set</source>
        <translation>không có lỗi nào trong tập huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="284"/>
        <source>no test samples</source>
        <translation>không có mẫu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="285"/>
        <source>no training samples</source>
        <translation>không có mẫu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="419"/>
        <source>no network yet</source>
        <translation>chưa có mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="420"/>
        <source>the network has {inputs} inputs, not {pixels} pixels</source>
        <translation>mạng có {inputs} đầu vào, không phải {pixels} điểm ảnh</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../nnviz/core/explain/__init__.py" line="64"/>
        <source>unknown format {format} (known: {formats})</source>
        <translation>không biết định dạng {format} (các định dạng có: {formats})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="24"/>
        <location filename="../../nnviz/core/explain/document.py" line="146"/>
        <source>Forward pass</source>
        <translation>Lan truyền xuôi</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="25"/>
        <location filename="../../nnviz/core/explain/document.py" line="96"/>
        <source>Loss</source>
        <translation>Mất mát</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="26"/>
        <location filename="../../nnviz/core/explain/document.py" line="160"/>
        <source>Backward pass</source>
        <translation>Lan truyền ngược</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="27"/>
        <location filename="../../nnviz/core/explain/document.py" line="201"/>
        <source>Gradients</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="28"/>
        <location filename="../../nnviz/core/explain/document.py" line="214"/>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="68"/>
        <source>step {i} of {n}</source>
        <translation>bước {i} trên {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="69"/>
        <source>steps {first}--{last} of {n}</source>
        <translation>các bước {first}--{last} trên {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="72"/>
        <source>{title} (continued)</source>
        <translation>{title} (tiếp)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="92"/>
        <location filename="../../nnviz/core/explain/document.py" line="222"/>
        <source>After the update</source>
        <translation>Sau khi cập nhật</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="98"/>
        <source>{phase}, layer {l}</source>
        <translation>{phase}, lớp {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/beamer.py" line="100"/>
        <source>{phase}, layer {l}, neuron {j}</source>
        <translation>{phase}, lớp {l}, nơ-ron {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="84"/>
        <source>Worked example: forward pass</source>
        <translation>Ví dụ tính toán: lan truyền xuôi</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="85"/>
        <source>Worked example: forward pass, loss and backward pass</source>
        <translation>Ví dụ tính toán: lan truyền xuôi, mất mát và lan truyền ngược</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="87"/>
        <source>Worked example: forward pass, backward pass and one gradient-descent step</source>
        <translation>Ví dụ tính toán: lan truyền xuôi, lan truyền ngược và một bước hạ gradient</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="105"/>
        <source>A {network}. </source>
        <translation>Một {network}. </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="110"/>
        <source>Layer {l} (output)</source>
        <translation>Lớp {l} (đầu ra)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="111"/>
        <location filename="../../nnviz/core/explain/document.py" line="141"/>
        <source>Layer {l}</source>
        <translation>Lớp {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="113"/>
        <source>layer {l} (output)</source>
        <translation>lớp {l} (đầu ra)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="114"/>
        <source>layer {l}</source>
        <translation>lớp {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="116"/>
        <source>{layer} has {n} {activation} neuron</source>
        <translation>{layer} có {n} nơ-ron {activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="117"/>
        <source>{layer} has {n} {activation} neurons</source>
        <translation>{layer} có {n} nơ-ron {activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="119"/>
        <source>{layer} has {n} {activation} neuron and no bias</source>
        <translation>{layer} có {n} nơ-ron {activation} và không có độ lệch</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="121"/>
        <source>{layer} has {n} {activation} neurons and no bias</source>
        <translation>{layer} có {n} nơ-ron {activation} và không có độ lệch</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="125"/>
        <source>Loss {loss}: {definition}. </source>
        <translation>Mất mát {loss}: {definition}. </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="140"/>
        <source>Layer {l} (output layer)</source>
        <translation>Lớp {l} (lớp đầu ra)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="150"/>
        <source>, no bias</source>
        <translation>, không có độ lệch</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="161"/>
        <source>The error of neuron {j} in layer {l} is {delta}, computed from the output layer back.</source>
        <translation>Sai số của nơ-ron {j} trong lớp {l} là {delta}, được tính ngược từ lớp đầu ra.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="179"/>
        <source>{loss} with a {activation} output layer: {prime} cancels, so {rule}.</source>
        <translation>{loss} với lớp đầu ra {activation}: {prime} triệt tiêu, nên {rule}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="181"/>
        <source>{loss} with a {activation} output layer: the softmax Jacobian cancels, so {rule}.</source>
        <translation>{loss} với lớp đầu ra {activation}: ma trận Jacobi của softmax triệt tiêu, nên {rule}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="191"/>
        <source>softmax couples its outputs: {rule}, with {s}.</source>
        <translation>softmax liên kết các đầu ra của nó: {rule}, với {s}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="202"/>
        <source>Each weight&apos;s gradient is the input on that weight times the error of its neuron: {rule_w}; each bias&apos;s gradient is the error: {rule_b}.</source>
        <translation>Gradient của mỗi trọng số là đầu vào trên trọng số đó nhân với sai số của nơ-ron: {rule_w}; gradient của mỗi độ lệch là sai số: {rule_b}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="215"/>
        <source>One step of gradient descent with {eta}: {rule} for every weight and bias.</source>
        <translation>Một bước hạ gradient với {eta}: {rule} cho mọi trọng số và độ lệch.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/explain/document.py" line="223"/>
        <source>A forward pass of the updated network gives:</source>
        <translation>Lan truyền xuôi qua mạng đã cập nhật cho:</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../nnviz/gui/kit/export.py" line="36"/>
        <source>{path}: choose a .png or .svg file name</source>
        <translation>{path}: hãy chọn tên tệp .png hoặc .svg</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/kit/export.py" line="52"/>
        <source>{path}: cannot make a PNG of {width}x{height} pixels</source>
        <translation>{path}: không thể tạo PNG kích thước {width}x{height} điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/kit/export.py" line="86"/>
        <source>{path}: cannot draw the SVG</source>
        <translation>{path}: không thể vẽ SVG</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <location filename="../../nnviz/core/expression.py" line="77"/>
        <source>the graph has no node {name!r} (nodes: {known})</source>
        <translation>đồ thị không có nút {name!r} (các nút: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="88"/>
        <source>a constant</source>
        <translation>một hằng số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="101"/>
        <source>{name} is not an element-wise activation (known: {known})</source>
        <translation>{name} không phải là hàm kích hoạt theo từng phần tử (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="115"/>
        <source>w·x + b needs two names, not {name!r} twice</source>
        <translation>w·x + b cần hai tên, không phải {name!r} hai lần</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="126"/>
        <source>{name}: unknown operation {op!r} (known: {known})</source>
        <translation>{name}: phép toán không xác định {op!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="130"/>
        <source>{name}: {op} takes {wanted} operands, not {count}</source>
        <translation>{name}: {op} nhận {wanted} toán hạng, không phải {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="132"/>
        <source>{name}: {op} takes {wanted} operand, not {count}</source>
        <translation>{name}: {op} nhận {wanted} toán hạng, không phải {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="139"/>
        <source>{name}: an operand</source>
        <translation>{name}: một toán hạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="152"/>
        <source>{name!r} is computed by the graph, not an input</source>
        <translation>{name!r} được tính bởi đồ thị, không phải đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="187"/>
        <source>a node&apos;s name is a letter followed by letters or digits (x, w1, a2), not {name!r}</source>
        <translation>tên nút là một chữ cái theo sau là chữ cái hoặc chữ số (x, w1, a2), không phải {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="191"/>
        <source>the graph already has a node called {name!r}</source>
        <translation>đồ thị đã có một nút tên {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="197"/>
        <source>{node!r} is not a node of this graph</source>
        <translation>{node!r} không phải là nút của đồ thị này</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="226"/>
        <source>the graph has no node {name!r}</source>
        <translation>đồ thị không có nút {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression.py" line="279"/>
        <source>{what} must be a finite number, not {value!r}</source>
        <translation>{what} phải là một số hữu hạn, không phải {value!r}</translation>
    </message>
</context>
<context>
    <name>ExpressionView</name>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="58"/>
        <source>This lesson has no computational graph. A lesson&apos;s [graph] table gives one (the chain_rule lesson: q = x + y, f = q·z); its forward values and backward gradients are then stepped here node by node.</source>
        <translation>Bài học này không có đồ thị tính toán. Bảng [graph] của bài học cho một đồ thị (bài học chain_rule: q = x + y, f = q·z); các giá trị lan truyền xuôi và gradient lan truyền ngược sẽ được đi qua ở đây từng nút.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="61"/>
        <source>forward pass</source>
        <translation>lan truyền xuôi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="62"/>
        <source>backward pass</source>
        <translation>lan truyền ngược</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="64"/>
        <source>« First</source>
        <translation>« Đầu tiên</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="65"/>
        <source>◀ Phase</source>
        <translation>◀ Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="66"/>
        <source>◀ Back</source>
        <translation>◀ Lùi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="67"/>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="68"/>
        <source>Phase ▶</source>
        <translation>Giai đoạn ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="69"/>
        <source>Last »</source>
        <translation>Cuối »</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="282"/>
        <source>Step {step} of {count} · {phase}</source>
        <translation>Bước {step} / {count} · {phase}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="287"/>
        <source>an input: the output is differentiated by it</source>
        <translation>một đầu vào: đầu ra được lấy đạo hàm theo nó</translation>
    </message>
</context>
<context>
    <name>FeatureSpaceView</name>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="28"/>
        <source>the hidden layer whose activations a^l are the coordinates</source>
        <translation>lớp ẩn có các kích hoạt a^l làm tọa độ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="32"/>
        <source>two neurons</source>
        <translation>hai nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="33"/>
        <source>the axes: the first two principal components of a^l on the training data, or two chosen neurons</source>
        <translation>các trục: hai thành phần chính đầu tiên của a^l trên dữ liệu huấn luyện, hoặc hai nơ-ron được chọn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="37"/>
        <source>the neuron on the horizontal axis</source>
        <translation>nơ-ron trên trục ngang</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="38"/>
        <source>the neuron on the vertical axis</source>
        <translation>nơ-ron trên trục dọc</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/axes_choice.py" line="67"/>
        <source>hidden layer {layer} ({size})</source>
        <translation>lớp ẩn {layer} ({size})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="105"/>
        <source>output</source>
        <translation>đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="184"/>
        <source>No data yet.</source>
        <translation>Chưa có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="187"/>
        <source>No network yet.</source>
        <translation>Chưa có mạng.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="190"/>
        <source>Waiting for a network with {n} inputs.</source>
        <translation>Đang chờ một mạng có {n} đầu vào.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="194"/>
        <source>This network has no hidden layer: its output neuron draws a straight line in the input space itself (see the decision boundary). Add a hidden layer to see the data in its feature space.</source>
        <translation>Mạng này không có lớp ẩn: nơ-ron đầu ra của nó vẽ một đường thẳng ngay trong không gian đầu vào (xem biên quyết định). Hãy thêm một lớp ẩn để xem dữ liệu trong không gian đặc trưng.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="259"/>
        <source>Could not compute the feature space: {error}</source>
        <translation>Không tính được không gian đặc trưng: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="287"/>
        <source>output = {level:g}</source>
        <translation>đầu ra = {level:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="301"/>
        <source>The data and the input grid in hidden layer {layer}</source>
        <translation>Dữ liệu và lưới đầu vào trong lớp ẩn {layer}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="324"/>
        <source>Hidden layer {layer}: the principal components of {a}</source>
        <translation>Lớp ẩn {layer}: các thành phần chính của {a}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../nnviz/core/files.py" line="36"/>
        <source>{path}: no such file</source>
        <translation>{path}: không có tệp này</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="40"/>
        <source>{path}: is a directory, not {kind}</source>
        <translation>{path}: là một thư mục, không phải {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="44"/>
        <source>a FIFO (named pipe)</source>
        <translation>một FIFO (ống có tên)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="45"/>
        <source>a device</source>
        <translation>một thiết bị</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="47"/>
        <source>a socket</source>
        <translation>một socket</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="48"/>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="50"/>
        <source>{path}: is {what}, not {kind}; expected a regular file</source>
        <translation>{path}: là {what}, không phải {kind}; cần một tệp thông thường</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="56"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: không đọc được ({reason})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="61"/>
        <source>{path}: too big for {kind} (more than {limit} bytes)</source>
        <translation>{path}: quá lớn cho {kind} (hơn {limit} byte)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="88"/>
        <source>{path}: not a text file (it contains NUL bytes); expected {expected}</source>
        <translation>{path}: không phải tệp văn bản (chứa byte NUL); cần {expected}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="95"/>
        <source>{path}: not a UTF-8 text file (line {line} has a byte that is not UTF-8)</source>
        <translation>{path}: không phải tệp văn bản UTF-8 (dòng {line} có một byte không phải UTF-8)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="118"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: thư mục {folder} không tồn tại</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="121"/>
        <source>{path}: is a folder, not a file name</source>
        <translation>{path}: là một thư mục, không phải tên tệp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="123"/>
        <source>{path}: is not a regular file; choose a file name</source>
        <translation>{path}: không phải tệp thông thường; hãy chọn một tên tệp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="127"/>
        <source>permission denied: the folder {folder} is not writable</source>
        <translation>không có quyền: không ghi được vào thư mục {folder}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="131"/>
        <source>permission denied: the file is read-only</source>
        <translation>không có quyền: tệp chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="198"/>
        <source>{path}: cannot write ({reason}); the existing file is unchanged</source>
        <translation>{path}: không ghi được ({reason}); tệp hiện có không bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/files.py" line="200"/>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: không ghi được ({reason})</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <location filename="../../nnviz/core/folders.py" line="31"/>
        <source>{folder}: the folder {parent} does not exist</source>
        <translation>{folder}: thư mục {parent} không tồn tại</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="34"/>
        <source>{folder}: is a file, not a folder</source>
        <translation>{folder}: là một tệp, không phải thư mục</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="37"/>
        <source>{folder}: cannot write (permission denied: the folder {parent} is not writable)</source>
        <translation>{folder}: không ghi được (không có quyền: thư mục {parent} không ghi được)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="43"/>
        <source>{folder}: holds other files ({names}); choose a new or empty folder</source>
        <translation>{folder}: chứa các tệp khác ({names}); hãy chọn thư mục mới hoặc thư mục trống</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="77"/>
        <source>; the existing folder is unchanged</source>
        <translation>; thư mục hiện có không thay đổi</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="79"/>
        <source>{folder}: cannot write ({reason}){kept}</source>
        <translation>{folder}: không ghi được ({reason}){kept}</translation>
    </message>
</context>
<context>
    <name>Gif</name>
    <message>
        <location filename="../../nnviz/core/gif.py" line="50"/>
        <source>{source}: frames per second must be a whole number from {low} to {high}, not {fps}</source>
        <translation>{source}: số khung hình mỗi giây phải là số nguyên từ {low} đến {high}, không phải {fps}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="61"/>
        <source>{source}: an animation has 1 to {most} frames, not {n}</source>
        <translation>{source}: một ảnh động có từ 1 đến {most} khung hình, không phải {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="66"/>
        <source>{source}: {n} frames of {w}x{h} pixels need more than {gib} GiB of memory; at most {most} frames at that size (or make it smaller)</source>
        <translation>{source}: {n} khung hình {w}x{h} điểm ảnh cần hơn {gib} GiB bộ nhớ; tối đa {most} khung ở kích thước đó (hoặc làm nhỏ lại)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="77"/>
        <source>no frames to write: record at least one</source>
        <translation>không có khung hình để ghi: hãy ghi ít nhất một khung</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="83"/>
        <source>frame {i}: expected an H×W×3 or H×W×4 picture of bytes, not {shape} {dtype}</source>
        <translation>khung hình {i}: cần ảnh byte H×W×3 hoặc H×W×4, không phải {shape} {dtype}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/gif.py" line="89"/>
        <source>frame {i} is {w}x{h} pixels, frame 1 is {w1}x{h1}: all frames must have one size</source>
        <translation>khung hình {i} có {w}x{h} điểm ảnh, khung 1 có {w1}x{h1}: mọi khung hình phải cùng kích thước</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="41"/>
        <source>from {source} into {target}</source>
        <translation>từ {source} vào {target}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="45"/>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="121"/>
        <source>{name} = {value} (last step)</source>
        <translation>{name} = {value} (bước vừa rồi)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="47"/>
        <source>click to edit</source>
        <translation>nhấp để sửa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="59"/>
        <source>{head} = {a0}: input {k} of {n}</source>
        <translation>{head} = {a0}: đầu vào {k} trong {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/describe.py" line="64"/>
        <source>{head}: mean over %n samples = {value}</source>
        <translation>
            <numerusform>{head}: trung bình trên %n mẫu = {value}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="66"/>
        <source>{head} = {a0} = {value} (sample {i})</source>
        <translation>{head} = {a0} = {value} (mẫu {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="83"/>
        <source>… ({n} more)</source>
        <translation>… (thêm {n})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="93"/>
        <source>neuron {j} of output ({activation})</source>
        <translation>nơ-ron {j} của lớp đầu ra ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="95"/>
        <source>neuron {j} of layer {l} ({activation})</source>
        <translation>nơ-ron {j} của lớp {l} ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="98"/>
        <source>(no data for this network: choose a data set to see z and a)</source>
        <translation>(không có dữ liệu cho mạng này: chọn một tập dữ liệu để xem z và a)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/describe.py" line="102"/>
        <source>mean over %n samples: mean {a} = {value}</source>
        <translation>
            <numerusform>trung bình trên %n mẫu: {a} trung bình = {value}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="104"/>
        <source>(each sample&apos;s {a}, averaged: choose one sample to see the numbers in the formula)</source>
        <translation>({a} của từng mẫu, lấy trung bình: chọn một mẫu để xem các số trong công thức)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="115"/>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="202"/>
        <source>sample {i}</source>
        <translation>mẫu {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="117"/>
        <source>{name} = {value}: click to edit</source>
        <translation>{name} = {value}: nhấp để sửa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="144"/>
        <source>inputs ({n})</source>
        <translation>đầu vào ({n})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="146"/>
        <source>x: {rows}×{cols}
= {n} inputs</source>
        <translation>x: {rows}×{cols}
= {n} đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="150"/>
        <source>output ({n})
{activation}</source>
        <translation>đầu ra ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="152"/>
        <source>layer {l} ({n})
{activation}</source>
        <translation>lớp {l} ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="156"/>
        <source>
{quantity} scale ±{scale}</source>
        <translation>
thang {quantity} ±{scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="218"/>
        <source>{name}·x = Σₖ {wk}·xₖ: what the picture sends into {z}</source>
        <translation>{name}·x = Σₖ {wk}·xₖ: những gì bức ảnh gửi vào {z}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/describe.py" line="223"/>
        <source> (mean over %n samples)</source>
        <translation>
            <numerusform> (trung bình trên %n mẫu)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="225"/>
        <source> (sample {i})</source>
        <translation> (mẫu {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="227"/>
        <source>blue: the picture excites the neuron, orange: it inhibits it</source>
        <translation>xanh lam: bức ảnh kích thích nơ-ron, cam: bức ảnh ức chế nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/edges.py" line="50"/>
        <source>{quantity} / scale of its layer</source>
        <translation>{quantity} / thang của lớp đó</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="24"/>
        <source>type a number, e.g. 0.5 or -1.2</source>
        <translation>hãy nhập một số, ví dụ 0.5 hoặc -1.2</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="30"/>
        <source> (type e.g. 0.5 or -1.2)</source>
        <translation> (nhập ví dụ 0.5 hoặc -1.2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="32"/>
        <source>{value} is too large: keep |value| ≤ {limit}</source>
        <translation>{value} quá lớn: giữ |giá trị| ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/input_image.py" line="222"/>
        <source>lines: {w}·x, ±{scale}</source>
        <translation>đường: {w}·x, ±{scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/input_image.py" line="225"/>
        <source>
on x: {name}</source>
        <translation>
trên x: {name}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="33"/>
        <source>low</source>
        <translation>thấp</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="33"/>
        <source>high</source>
        <translation>cao</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="34"/>
        <source>edge colour: the sign and size of what the edges show (w or ∂C/∂w), up to the scale written at the ends</source>
        <translation>màu cạnh: dấu và độ lớn của đại lượng mà các cạnh thể hiện (w hoặc ∂C/∂w), tới thang ghi ở hai đầu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="35"/>
        <source>neuron fill: the activation a, from the lowest to the highest of its layer</source>
        <translation>màu nơ-ron: kích hoạt a, từ thấp nhất đến cao nhất trong lớp của nó</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="26"/>
        <source>no data set: neurons unfilled</source>
        <translation>không có tập dữ liệu: nơ-ron chưa được tô</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="28"/>
        <source>the data has {features} inputs, the network {inputs}: neurons unfilled</source>
        <translation>dữ liệu có {features} đầu vào, mạng có {inputs}: nơ-ron chưa được tô</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="31"/>
        <source>the data set is empty</source>
        <translation>tập dữ liệu trống</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="40"/>
        <source>mean over 1 sample</source>
        <translation>trung bình trên 1 mẫu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/status.py" line="41"/>
        <source>mean over %n samples</source>
        <translation>
            <numerusform>trung bình trên %n mẫu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="43"/>
        <source>mean over 1 sample of {total}</source>
        <translation>trung bình trên 1 mẫu trong {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/status.py" line="44"/>
        <source>mean over %n samples of {total}</source>
        <translation>
            <numerusform>trung bình trên %n mẫu trong {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="49"/>
        <source>; step-through: step {k} of {n}</source>
        <translation>; đi từng bước: bước {k} trên {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="51"/>
        <source>no gradient before the first step</source>
        <translation>chưa có gradient trước bước đầu tiên</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/texts.py" line="69"/>
        <source>⋮ {n} more</source>
        <translation>⋮ thêm {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="26"/>
        <source>write every weight and bias on the graph (or their gradients)</source>
        <translation>ghi mọi trọng số và độ lệch lên đồ thị (hoặc gradient của chúng)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="61"/>
        <source>colour the edges by the weights w or by the gradient ∂C/∂w of the last step</source>
        <translation>tô màu các cạnh theo trọng số w hoặc theo gradient ∂C/∂w của bước vừa rồi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="63"/>
        <source>global</source>
        <translation>toàn mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="63"/>
        <source>per layer</source>
        <translation>theo lớp</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="64"/>
        <source>fixed</source>
        <translation>cố định</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="65"/>
        <source>colour scale: max |w| of the network (global) or of each layer, rounded up; or a fixed range you set</source>
        <translation>thang màu: |w| lớn nhất của cả mạng (toàn mạng) hoặc của từng lớp, làm tròn lên; hoặc một khoảng cố định bạn đặt</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="70"/>
        <source>the fixed colour range</source>
        <translation>khoảng màu cố định</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="72"/>
        <source>mean</source>
        <translation>trung bình</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="72"/>
        <source>sample</source>
        <translation>mẫu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="73"/>
        <source>fill the neurons with the activation averaged over the data, or with one sample&apos;s</source>
        <translation>tô nơ-ron bằng kích hoạt trung bình trên dữ liệu, hoặc bằng kích hoạt của một mẫu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="75"/>
        <source>the sample (counted from 1): the training samples, then the test samples</source>
        <translation>mẫu (đếm từ 1): các mẫu huấn luyện, rồi đến các mẫu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="76"/>
        <source>values</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="79"/>
        <source>fit</source>
        <translation>vừa khung</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="80"/>
        <source>zoom to show the whole network</source>
        <translation>thu phóng để thấy toàn bộ mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="85"/>
        <source>show or hide the graph&apos;s options</source>
        <translation>hiện hoặc ẩn các tùy chọn của đồ thị</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="88"/>
        <source>edges</source>
        <translation>cạnh</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="89"/>
        <source> neurons</source>
        <translation> nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="163"/>
        <source>for networks with at most {limit} edges</source>
        <translation>cho mạng có tối đa {limit} cạnh</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="229"/>
        <source>the presentation scale must be a positive number, not {scale}</source>
        <translation>tỉ lệ trình chiếu phải là một số dương, không phải {scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="267"/>
        <source>unknown colour scaling {mode} (known: {known})</source>
        <translation>không rõ cách chia thang màu {mode} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="271"/>
        <source>the fixed colour range must be a positive number, not {value}</source>
        <translation>khoảng màu cố định phải là một số dương, không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="289"/>
        <source>the sample index must be 0 or more, not {index}</source>
        <translation>chỉ số mẫu phải từ 0 trở lên, không phải {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="585"/>
        <source>
hover a neuron of layer 1 to see its weights w¹ⱼ on the picture</source>
        <translation>
di chuột lên một nơ-ron của lớp 1 để xem trọng số w¹ⱼ của nó trên bức ảnh</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="601"/>
        <source>there is no parameter {index} to edit</source>
        <translation>không có tham số {index} để sửa</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../nnviz/gui/kit/heatmap.py" line="58"/>
        <source>the loss is not finite anywhere on this slice (try a smaller range)</source>
        <translation>mất mát không hữu hạn ở bất kỳ đâu trên lát cắt này (hãy thử một khoảng nhỏ hơn)</translation>
    </message>
</context>
<context>
    <name>InputSpace</name>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="98"/>
        <source>the input grid needs at least 2 x 2 cells, got {nx} x {ny}</source>
        <translation>lưới đầu vào cần ít nhất 2 x 2 ô, nhận được {nx} x {ny}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="103"/>
        <source>input features {p} and {q} must be two different inputs of 1..{n}</source>
        <translation>đặc trưng đầu vào {p} và {q} phải là hai đầu vào khác nhau trong 1..{n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="134"/>
        <source>input features {p} and {q} must be inputs of 1..{n}</source>
        <translation>đặc trưng đầu vào {p} và {q} phải là đầu vào trong 1..{n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="320"/>
        <source>neurons {j} and {k} are not both in 1..{n}</source>
        <translation>nơ-ron {j} và {k} không cùng nằm trong 1..{n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/input_space.py" line="413"/>
        <source>layer {l} is not a hidden layer (hidden layers: 1..{last})</source>
        <translation>lớp {l} không phải là lớp ẩn (các lớp ẩn: 1..{last})</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="85"/>
        <source>slice: a direction is zero (are all the weights zero?)</source>
        <translation>lát cắt: một hướng bằng không (có phải mọi trọng số đều bằng không?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="88"/>
        <source>slice: the two directions are parallel</source>
        <translation>lát cắt: hai hướng song song với nhau</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="128"/>
        <source>choose two different parameters (both are {name})</source>
        <translation>hãy chọn hai tham số khác nhau (cả hai đều là {name})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="162"/>
        <source>filter-normalised directions need non-zero weights (all are zero)</source>
        <translation>các hướng chuẩn hóa theo bộ lọc cần trọng số khác không (tất cả đều bằng không)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="200"/>
        <source>a one-parameter model has no plane: use the 1-D loss curve</source>
        <translation>mô hình một tham số không có mặt phẳng: hãy dùng đường cong mất mát 1 chiều</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="208"/>
        <source>PCA needs a trajectory that is not a single point or a straight line: train a few more steps</source>
        <translation>PCA cần một quỹ đạo không phải là một điểm hay một đường thẳng: hãy huấn luyện thêm vài bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/landscape.py" line="374"/>
        <source>no samples to compute the loss over</source>
        <translation>không có mẫu nào để tính mất mát</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="37"/>
        <source>which plane through parameter space to show</source>
        <translation>mặt phẳng nào trong không gian tham số sẽ hiển thị</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="40"/>
        <source>the parameter on the {axis} axis (or click an edge in the graph)</source>
        <translation>tham số trên trục {axis} (hoặc nhấp vào một cạnh trong đồ thị mạng)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="50"/>
        <source>half the width of the plotted square around its centre</source>
        <translation>nửa chiều rộng của hình vuông được vẽ quanh tâm</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="52"/>
        <source>Centre</source>
        <translation>Căn giữa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="53"/>
        <source>Centre on current: recompute the surface through the current parameters</source>
        <translation>Căn giữa tại vị trí hiện tại: tính lại mặt qua các tham số hiện tại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="55"/>
        <source>New directions</source>
        <translation>Hướng mới</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="56"/>
        <source>draw two other random directions</source>
        <translation>rút hai hướng ngẫu nhiên khác</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="57"/>
        <source>Follow training</source>
        <translation>Theo dõi huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="58"/>
        <source>recompute the surface through the current θ while training runs (off: it stays a slice through θ at the step it was computed, and the path can climb on it while C falls)</source>
        <translation>tính lại mặt qua θ hiện tại trong khi huấn luyện chạy (tắt: mặt vẫn là lát cắt qua θ tại bước đã tính, và đường đi có thể leo lên trên nó trong khi C giảm)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="64"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="77"/>
        <source>Log colours</source>
        <translation>Màu theo log</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="78"/>
        <source>colour by log₁₀ C: shows the detail near the minimum</source>
        <translation>tô màu theo log₁₀ C: thấy chi tiết gần cực tiểu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="79"/>
        <source>3-D</source>
        <translation>3-D</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="82"/>
        <source>show the surface in 3-D</source>
        <translation>hiển thị mặt ở dạng 3-D</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="83"/>
        <source>Grid size</source>
        <translation>Cỡ lưới</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="93"/>
        <source>Recompute</source>
        <translation>Tính lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/controls.py" line="97"/>
        <source>grid size, log colours, 3-D, recompute</source>
        <translation>cỡ lưới, màu theo log, 3-D, tính lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="20"/>
        <source>two parameters</source>
        <translation>hai tham số</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="21"/>
        <source>random directions</source>
        <translation>hướng ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="22"/>
        <source>PCA of the path</source>
        <translation>PCA của đường đi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="23"/>
        <source>one parameter</source>
        <translation>một tham số</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="24"/>
        <source>C over two chosen parameters θ_i, θ_j, the others fixed</source>
        <translation>C theo hai tham số đã chọn θ_i, θ_j, các tham số khác cố định</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="25"/>
        <source>C along two random filter-normalised directions through θ0 (Li et al. 2018)</source>
        <translation>C theo hai hướng ngẫu nhiên chuẩn hóa theo bộ lọc qua θ0 (Li et al. 2018)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="26"/>
        <source>C over the plane of the first two principal directions of the path so far</source>
        <translation>C trên mặt phẳng của hai hướng chính đầu tiên của đường đi tới giờ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="27"/>
        <source>C(θ_i) along one parameter, the others fixed</source>
        <translation>C(θ_i) theo một tham số, các tham số khác cố định</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="80"/>
        <source>unknown slice {mode} (known: {known})</source>
        <translation>lát cắt không rõ {mode} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="92"/>
        <source>parameter indices ({i}, {j}) out of range 0..{last}</source>
        <translation>chỉ số tham số ({i}, {j}) ngoài khoảng 0..{last}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="95"/>
        <source>choose two different parameters</source>
        <translation>hãy chọn hai tham số khác nhau</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="107"/>
        <source>the range must be a positive number, not {value}</source>
        <translation>khoảng phải là một số dương, không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/settings.py" line="116"/>
        <source>the grid needs 5 to 1001 points per side, not {n}</source>
        <translation>lưới cần 5 đến 1001 điểm mỗi cạnh, không phải {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/surface3d.py" line="49"/>
        <source>3-D needs a real display with OpenGL (the Qt platform is &apos;{platform}&apos;)</source>
        <translation>3-D cần một màn hình thật có OpenGL (nền tảng Qt là &apos;{platform}&apos;)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/surface3d.py" line="53"/>
        <source>3-D needs PyOpenGL ({error})</source>
        <translation>3-D cần PyOpenGL ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/surface_task.py" line="133"/>
        <source>PCA of the path needs a few recorded steps: train first</source>
        <translation>PCA của đường đi cần vài bước đã ghi lại: hãy huấn luyện trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/view.py" line="296"/>
        <source>computation cancelled</source>
        <translation>đã hủy tính toán</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/view.py" line="369"/>
        <source>no data set: the loss surface needs the training data</source>
        <translation>không có tập dữ liệu: mặt mất mát cần dữ liệu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/view.py" line="528"/>
        <source>computing the loss surface …</source>
        <translation>đang tính mặt mất mát …</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="16"/>
        <source>Start training to see the loss surface and the path of gradient descent.</source>
        <translation>Hãy bắt đầu huấn luyện để xem mặt mất mát và đường đi của hạ gradient.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="31"/>
        <source>{cost} along two random filter-normalised directions α, β through θ at step {step}</source>
        <translation>{cost} theo hai hướng ngẫu nhiên chuẩn hóa theo bộ lọc α, β qua θ tại bước {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="34"/>
        <source>{cost} over the plane of the path&apos;s first two principal directions, to step {step}</source>
        <translation>{cost} trên mặt phẳng của hai hướng chính đầu tiên của đường đi, đến bước {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="37"/>
        <source>{what} with the other parameter as at step {step}</source>
        <translation>{what} với tham số còn lại như tại bước {step}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/landscape/words.py" line="40"/>
        <source>{what} with the other %n parameters as at step {step}</source>
        <translation>
            <numerusform>{what} với %n tham số còn lại như tại bước {step}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="42"/>
        <source>{what} through θ at step {step}</source>
        <translation>{what} qua θ tại bước {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="47"/>
        <source> (computed in {ms} ms)</source>
        <translation> (tính trong {ms} ms)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="50"/>
        <source>Click the plot to restart training from that point{took}.</source>
        <translation>Nhấp vào đồ thị để huấn luyện lại từ điểm đó{took}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="51"/>
        <source>Click the map to restart training from that point{took}.</source>
        <translation>Nhấp vào bản đồ để huấn luyện lại từ điểm đó{took}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="70"/>
        <source>path</source>
        <translation>đường đi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="71"/>
        <source>start</source>
        <translation>bắt đầu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="72"/>
        <source>now</source>
        <translation>hiện tại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/landscape/words.py" line="73"/>
        <source>step</source>
        <translation>bước</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../nnviz/gui/shell/language_menu.py" line="20"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/language_menu.py" line="29"/>
        <source>Show nnviz in {language}</source>
        <translation>Hiển thị nnviz bằng {language}</translation>
    </message>
</context>
<context>
    <name>LectureMode</name>
    <message>
        <location filename="../../nnviz/gui/shell/lecture.py" line="54"/>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
</context>
<context>
    <name>LessonHeader</name>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_header.py" line="56"/>
        <source>Step {number}: {title}</source>
        <translation>Bước {number}: {title}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="48"/>
        <source>the change gave no network to show</source>
        <translation>thay đổi này không tạo ra mạng nào để hiển thị</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="50"/>
        <source>the network&apos;s parameters θ are not all finite numbers</source>
        <translation>các tham số θ của mạng không phải đều là số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="91"/>
        <source>Cannot show step {number} of the lesson</source>
        <translation>Không thể hiển thị bước {number} của bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="102"/>
        <source>This is the lesson&apos;s last step.</source>
        <translation>Đây là bước cuối của bài học.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="103"/>
        <source>This is the lesson&apos;s start.</source>
        <translation>Đây là phần đầu của bài học.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="129"/>
        <source>{lesson}: there is no step {number} (the lesson has {count})</source>
        <translation>{lesson}: không có bước {number} (bài học có {count} bước)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="144"/>
        <source>{lesson}: step {number}: {kind}: {error}</source>
        <translation>{lesson}: bước {number}: {kind}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="177"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Bước {number} trên {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="179"/>
        <source>Lesson: {title}</source>
        <translation>Bài học: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="183"/>
        <source>convergence</source>
        <translation>hội tụ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="185"/>
        <source>accuracy ≥ {value}</source>
        <translation>độ chính xác ≥ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="187"/>
        <source>loss ≤ {value}</source>
        <translation>mất mát ≤ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="190"/>
        <source>Not reached: {goal} within {steps} training steps.</source>
        <translation>Chưa đạt: {goal} trong vòng {steps} bước huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="224"/>
        <source>Nothing to save yet</source>
        <translation>Chưa có gì để lưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="225"/>
        <source>Wait for the network to appear.</source>
        <translation>Hãy đợi mạng xuất hiện.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="229"/>
        <source>Save as lesson</source>
        <translation>Lưu thành bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="231"/>
        <source>Lessons (*.toml)</source>
        <translation>Bài học (*.toml)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="241"/>
        <source>Cannot save the lesson</source>
        <translation>Không thể lưu bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="243"/>
        <source>Saved the lesson (step {step}&apos;s weights) to {path}</source>
        <translation>Đã lưu bài học (trọng số ở bước {step}) vào {path}</translation>
    </message>
</context>
<context>
    <name>LessonSteps</name>
    <message numerus="yes">
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="21"/>
        <source>Start · %n step(s)</source>
        <translation>
            <numerusform>Bắt đầu · %n bước</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="23"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Bước {number} trên {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="38"/>
        <source>◀ Prev</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="39"/>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="40"/>
        <source>Previous step of the lesson (PageUp)</source>
        <translation>Bước trước của bài học (PageUp)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="41"/>
        <source>Next step of the lesson (PageDown)</source>
        <translation>Bước tiếp theo của bài học (PageDown)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/lesson_steps.py" line="80"/>
        <source>{position}
(jump to any step of the lesson)</source>
        <translation>{position}
(nhảy tới bất kỳ bước nào của bài học)</translation>
    </message>
</context>
<context>
    <name>LessonWriter</name>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="66"/>
        <source>a lesson needs a title</source>
        <translation>bài học cần có tiêu đề</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="95"/>
        <source>the parameters are not all finite numbers (the network diverged): reset it before saving it as a lesson</source>
        <translation>các tham số không phải đều là số hữu hạn (mạng đã phân kỳ): hãy đặt lại trước khi lưu thành bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="104"/>
        <source>inline points need both x and y to be written as a lesson</source>
        <translation>các điểm viết trực tiếp cần cả x và y để được ghi thành bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="111"/>
        <source>a CSV data set needs a file path to be written as a lesson</source>
        <translation>tập dữ liệu CSV cần đường dẫn tệp để được ghi thành bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="161"/>
        <source>unknown batch mode {name!r}</source>
        <translation>chế độ lô không xác định {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="179"/>
        <source>the speed must be steps per second (&gt; 0), not {value!r}</source>
        <translation>tốc độ phải là số bước mỗi giây (&gt; 0), không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="187"/>
        <source>expected a number, not {value!r}</source>
        <translation>cần một số, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_writer.py" line="193"/>
        <source>cannot write {value!r} in a lesson: numbers must be finite</source>
        <translation>không thể ghi {value!r} vào bài học: các số phải hữu hạn</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="145"/>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="168"/>
        <location filename="../../nnviz/core/lessons.py" line="199"/>
        <source>top level</source>
        <translation>cấp cao nhất</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="169"/>
        <source>&apos;step&apos; must be a list of [[step]] tables</source>
        <translation>&apos;step&apos; phải là một danh sách các bảng [[step]]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="177"/>
        <source>the lesson&apos;s configuration</source>
        <translation>cấu hình của bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="190"/>
        <source>step {number}</source>
        <translation>bước {number}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="200"/>
        <location filename="../../nnviz/core/lessons.py" line="250"/>
        <location filename="../../nnviz/core/lessons.py" line="307"/>
        <source>must be a table</source>
        <translation>phải là một bảng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="211"/>
        <source>configuration</source>
        <translation>cấu hình</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="246"/>
        <source>&apos;graph_step&apos; must be a step of the computational graph, from 1, not {value}</source>
        <translation>&apos;graph_step&apos; phải là một bước của đồ thị tính toán, từ 1, không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="298"/>
        <source>&apos;train&apos; must be at most {most} steps, not {value}</source>
        <translation>&apos;train&apos; phải nhiều nhất {most} bước, không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="303"/>
        <source>&apos;train&apos; must be a number of steps or a table {{ until = ..., value = ..., max_steps = ... }}, not {value!r}</source>
        <translation>&apos;train&apos; phải là một số bước hoặc một bảng {{ until = ..., value = ..., max_steps = ... }}, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="313"/>
        <source>a whole number from 1 to {most}</source>
        <translation>một số nguyên từ 1 đến {most}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="317"/>
        <source>&apos;value&apos; is for &quot;accuracy&quot; and &quot;loss&quot;: &quot;converged&quot; takes none</source>
        <translation>&apos;value&apos; dành cho &quot;accuracy&quot; và &quot;loss&quot;: &quot;converged&quot; không nhận giá trị nào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="323"/>
        <source>a number in [0, 1]</source>
        <translation>một số trong [0, 1]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="325"/>
        <source>until = &quot;accuracy&quot; needs a classification data set; {name} is a regression data set</source>
        <translation>until = &quot;accuracy&quot; cần một tập dữ liệu phân loại; {name} là tập dữ liệu hồi quy</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="332"/>
        <source>a finite number</source>
        <translation>một số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="340"/>
        <location filename="../../nnviz/core/lesson_script.py" line="425"/>
        <source>a whole number &gt;= 1 (1-based)</source>
        <translation>một số nguyên &gt;= 1 (đếm từ 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="351"/>
        <source>&apos;select&apos; must be a table { sample = ..., neuron = [l, j], parameter = ... }</source>
        <translation>&apos;select&apos; phải là một bảng { sample = ..., neuron = [l, j], parameter = ... }</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="356"/>
        <source>{key!r} = {value} but there are only {limit} parameters</source>
        <translation>{key!r} = {value} nhưng chỉ có {limit} tham số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="362"/>
        <source>&apos;neuron&apos; must be [layer l, neuron j], two whole numbers &gt;= 1, not {value!r}</source>
        <translation>&apos;neuron&apos; phải là [lớp l, nơ-ron j], hai số nguyên &gt;= 1, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="367"/>
        <source>&apos;neuron&apos;: layer {layer} but the network has {layers} layers (1..{layers})</source>
        <translation>&apos;neuron&apos;: lớp {layer} nhưng mạng có {layers} lớp (1..{layers})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="372"/>
        <source>&apos;neuron&apos;: neuron {j} but layer {layer} has {size} neurons</source>
        <translation>&apos;neuron&apos;: nơ-ron {j} nhưng lớp {layer} có {size} nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="380"/>
        <source>{key!r} = {value} but there are only {limit} training samples</source>
        <translation>{key!r} = {value} nhưng chỉ có {limit} mẫu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="399"/>
        <source>&apos;show&apos; must be a list of view names ({known}), not {value!r}</source>
        <translation>&apos;show&apos; phải là một danh sách tên khung nhìn ({known}), không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="404"/>
        <source>unknown view {name!r} (known: {known})</source>
        <translation>khung nhìn không xác định {name!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="415"/>
        <source>&apos;walk&apos; must be a table {{ sample = ..., phase = ... }} or false, not {value!r}</source>
        <translation>&apos;walk&apos; phải là một bảng {{ sample = ..., phase = ... }} hoặc false, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="420"/>
        <location filename="../../nnviz/core/lessons.py" line="259"/>
        <source>missing key {key!r}</source>
        <translation>thiếu khóa {key!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="427"/>
        <source>give &apos;phase&apos; or &apos;step&apos;, not both</source>
        <translation>hãy cho &apos;phase&apos; hoặc &apos;step&apos;, không cho cả hai</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="457"/>
        <source>step {number}: not read from a lesson file (no configuration)</source>
        <translation>bước {number}: không được đọc từ tệp bài học (không có cấu hình)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="588"/>
        <source>{file}: no step {number!r} (the lesson has steps 1 to {last}; 0 is its start)</source>
        <translation>{file}: không có bước {number!r} (bài học có các bước 1 đến {last}; 0 là lúc bắt đầu)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lesson_script.py" line="632"/>
        <source>{file}: step {number}: {error}</source>
        <translation>{file}: bước {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="132"/>
        <source>{file}: cannot read the lesson ({error})</source>
        <translation>{file}: không đọc được bài học ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="136"/>
        <source>{file}: top level: &apos;title&apos; must be text and &apos;step&apos; a list of [[step]] tables</source>
        <translation>{file}: cấp cao nhất: &apos;title&apos; phải là văn bản và &apos;step&apos; là một danh sách các bảng [[step]]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="150"/>
        <source>{path}: no such lesson file</source>
        <translation>{path}: không có tệp bài học này</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="151"/>
        <source>a lesson file</source>
        <translation>một tệp bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="156"/>
        <source>unknown lesson {name!r} (known: {known})</source>
        <translation>bài học không xác định {name!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="167"/>
        <source>{file}: not valid TOML ({error})</source>
        <translation>{file}: không phải TOML hợp lệ ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="224"/>
        <source>unknown key {key!r} (a translation of {name!r} is {name!r} with the suffix of a known language: {suffixes})</source>
        <translation>khóa không xác định {key!r} (bản dịch của {name!r} là {name!r} kèm hậu tố của một ngôn ngữ đã biết: {suffixes})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="229"/>
        <source>unknown key {key!r} (allowed: {known})</source>
        <translation>khóa không xác định {key!r} (cho phép: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="241"/>
        <source>{key!r} translates {name!r}, which is missing: give the English {name!r} too</source>
        <translation>{key!r} dịch {name!r}, nhưng {name!r} bị thiếu: hãy cho cả {name!r} tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="267"/>
        <source>{key!r} must be {wanted}, not {value!r}</source>
        <translation>{key!r} phải là {wanted}, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="286"/>
        <source>&apos;lecture_views&apos; must be a list of view names ({known}), not {value!r}</source>
        <translation>&apos;lecture_views&apos; phải là một danh sách tên khung nhìn ({known}), không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="291"/>
        <source>&apos;lecture_views&apos;: unknown view {name!r} (known: {known})</source>
        <translation>&apos;lecture_views&apos;: khung nhìn không xác định {name!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="295"/>
        <source>&apos;lecture_views&apos; must name 1 to {most} different views, not {value!r}</source>
        <translation>&apos;lecture_views&apos; phải nêu từ 1 đến {most} khung nhìn khác nhau, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="311"/>
        <source>&apos;inputs&apos; must be a table of names and numbers, e.g. { x = -2, y = 5 }</source>
        <translation>&apos;inputs&apos; phải là một bảng gồm tên và số, ví dụ { x = -2, y = 5 }</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="315"/>
        <source>&apos;nodes&apos; must be a list of [name, operation, operands...]</source>
        <translation>&apos;nodes&apos; phải là một danh sách [tên, phép toán, toán hạng...]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="324"/>
        <source>{where}: node {number}</source>
        <translation>{where}: nút {number}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="327"/>
        <source>must be [name, operation, operands...], not {node!r}</source>
        <translation>phải là [tên, phép toán, toán hạng...], không phải {node!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="350"/>
        <source>must be a table { compare = ..., values = [...] }</source>
        <translation>phải là một bảng { compare = ..., values = [...] }</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="357"/>
        <source>&apos;values&apos; must be a non-empty list</source>
        <translation>&apos;values&apos; phải là một danh sách không rỗng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="362"/>
        <source>positive numbers</source>
        <translation>các số dương</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="366"/>
        <source>&quot;full&quot;, &quot;stochastic&quot; or positive integers m</source>
        <translation>&quot;full&quot;, &quot;stochastic&quot; hoặc số nguyên dương m</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="369"/>
        <source>optimizer names ({names})</source>
        <translation>tên bộ tối ưu ({names})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="372"/>
        <source>&apos;values&apos; for {compare} must be {expect}, not {value!r}</source>
        <translation>&apos;values&apos; cho {compare} phải là {expect}, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="383"/>
        <source>{key!r} must be a list of numbers</source>
        <translation>{key!r} phải là một danh sách số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="387"/>
        <source>{key!r}[{i}] is {value!r}; every number must be finite</source>
        <translation>{key!r}[{i}] là {value!r}; mọi số phải hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="395"/>
        <source>{key!r} must be a finite number, not {value!r}</source>
        <translation>{key!r} phải là một số hữu hạn, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="400"/>
        <source>a positive integer</source>
        <translation>một số nguyên dương</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="401"/>
        <source>a number in [0, 1)</source>
        <translation>một số trong [0, 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="406"/>
        <source>a finite number &gt;= 0</source>
        <translation>một số hữu hạn &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="410"/>
        <source>&quot;01&quot; or &quot;pm1&quot;</source>
        <translation>&quot;01&quot; hoặc &quot;pm1&quot;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="414"/>
        <source>give exactly one of &apos;dataset&apos;, &apos;file&apos;, or inline &apos;x&apos; and &apos;y&apos;</source>
        <translation>hãy cho đúng một trong &apos;dataset&apos;, &apos;file&apos;, hoặc &apos;x&apos; và &apos;y&apos; viết trực tiếp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="417"/>
        <source>&apos;labels_file&apos; goes with &apos;file&apos; (IDX images and their labels)</source>
        <translation>&apos;labels_file&apos; đi cùng &apos;file&apos; (ảnh IDX và nhãn của chúng)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="422"/>
        <source>a data set ({names})</source>
        <translation>một tập dữ liệu ({names})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="430"/>
        <source>&quot;regression&quot; or &quot;classification&quot;</source>
        <translation>&quot;regression&quot; hoặc &quot;classification&quot;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="433"/>
        <source>inline points need &apos;y&apos;, a list with one target per row of &apos;x&apos;</source>
        <translation>các điểm viết trực tiếp cần &apos;y&apos;, một danh sách có một mục tiêu cho mỗi hàng của &apos;x&apos;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="437"/>
        <source>&apos;x&apos; has {rows} rows but &apos;y&apos; has {targets} targets</source>
        <translation>&apos;x&apos; có {rows} hàng nhưng &apos;y&apos; có {targets} mục tiêu</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="446"/>
        <source>{key!r} must be a non-empty list of numbers or of rows of numbers</source>
        <translation>{key!r} phải là một danh sách không rỗng gồm các số hoặc các hàng số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="453"/>
        <source>{key!r}[{i}] has {count} numbers but {key!r}[0] has {first}: every row must be as long</source>
        <translation>{key!r}[{i}] có {count} số nhưng {key!r}[0] có {first}: mọi hàng phải dài bằng nhau</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="459"/>
        <source>{key!r} mixes numbers and rows: give all numbers or all rows</source>
        <translation>{key!r} trộn lẫn số và hàng: hãy cho toàn số hoặc toàn hàng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="468"/>
        <source>&apos;y&apos; must be class numbers 0, 1, ... (whole numbers), not {value!r}</source>
        <translation>&apos;y&apos; phải là số lớp 0, 1, ... (số nguyên), không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="472"/>
        <source>&apos;y&apos; must be class numbers 0, 1, ... (or -1 and 1), not {value}</source>
        <translation>&apos;y&apos; phải là số lớp 0, 1, ... (hoặc -1 và 1), không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="483"/>
        <source>&apos;hidden&apos; must be a list of positive integers, not {value!r}</source>
        <translation>&apos;hidden&apos; phải là một danh sách số nguyên dương, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="492"/>
        <source>&apos;activation&apos; lists {names} names for {layers} hidden layers</source>
        <translation>&apos;activation&apos; liệt kê {names} tên cho {layers} lớp ẩn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="497"/>
        <source>&apos;activation&apos; must be a name or a list of names</source>
        <translation>&apos;activation&apos; phải là một tên hoặc một danh sách tên</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="511"/>
        <source>a number r with 0 &lt; r &lt;= {most}</source>
        <translation>một số r với 0 &lt; r &lt;= {most}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="522"/>
        <source>&apos;hyperparameters&apos; must be a table of numbers</source>
        <translation>&apos;hyperparameters&apos; phải là một bảng các số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="526"/>
        <source>{key!r} is not a hyper-parameter here: set learning_rate in [training]</source>
        <translation>{key!r} không phải là siêu tham số ở đây: hãy đặt learning_rate trong [training]</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="530"/>
        <source>{key!r} must be a number, not {value!r}</source>
        <translation>{key!r} phải là một số, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="541"/>
        <source>&apos;batch&apos; must be &quot;full&quot;, &quot;stochastic&quot; or a positive integer m, not {value!r}</source>
        <translation>&apos;batch&apos; phải là &quot;full&quot;, &quot;stochastic&quot; hoặc một số nguyên dương m, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/lessons.py" line="548"/>
        <source>a positive finite number</source>
        <translation>một số dương hữu hạn</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../../nnviz/core/limits.py" line="39"/>
        <source>{source}: {what} must be a whole number, not {value!r}</source>
        <translation>{source}: {what} phải là một số nguyên, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="48"/>
        <source>{source}: {what} must be at least {least}, not {n}</source>
        <translation>{source}: {what} phải ít nhất là {least}, không phải {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="51"/>
        <source>{source}: {what} must be at most {most}, not {n}</source>
        <translation>{source}: {what} phải nhiều nhất là {most}, không phải {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="59"/>
        <source>{source}: a network has at most {most} hidden layers, not {n}</source>
        <translation>{source}: một mạng có nhiều nhất {most} lớp ẩn, không phải {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="64"/>
        <source>hidden layer {l}&apos;s size</source>
        <translation>kích thước của lớp ẩn {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="66"/>
        <source>{source}: hidden layer {l} needs at least one neuron, not {n}</source>
        <translation>{source}: lớp ẩn {l} cần ít nhất một nơ-ron, không phải {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="70"/>
        <source>{source}: a layer has at most {most} neurons, not {n} (hidden layer {l})</source>
        <translation>{source}: một lớp có nhiều nhất {most} nơ-ron, không phải {n} (lớp ẩn {l})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="79"/>
        <source>the number of inputs</source>
        <translation>số đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="84"/>
        <source>the number of outputs</source>
        <translation>số đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="89"/>
        <source>the number of classes</source>
        <translation>số lớp (nhãn)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="94"/>
        <source>the number of samples</source>
        <translation>số mẫu</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="107"/>
        <source>{source}: a network has at most {most} parameters (80 MB of float64 θ, 320 MB with its gradient and the optimizer&apos;s state), not {p} ({sizes})</source>
        <translation>{source}: một mạng có nhiều nhất {most} tham số (θ float64 chiếm 80 MB, 320 MB khi tính cả gradient và trạng thái của bộ tối ưu), không phải {p} ({sizes})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="120"/>
        <source>{source}: a network needs an input size and at least one layer</source>
        <translation>{source}: một mạng cần kích thước đầu vào và ít nhất một lớp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="135"/>
        <source>{source}: a forward pass over {n} samples through {sizes} computes {values} values z^l and as many a^l; at most {most} (800 MB): fewer samples or smaller layers</source>
        <translation>{source}: lan truyền xuôi {n} mẫu qua {sizes} tính {values} giá trị z^l và chừng ấy a^l; nhiều nhất {most} (800 MB): hãy dùng ít mẫu hơn hoặc lớp nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="149"/>
        <source>{source}: the presentation scale must be a number from {least} to {most}, not {value}</source>
        <translation>{source}: tỉ lệ trình chiếu phải là một số từ {least} đến {most}, không phải {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="160"/>
        <source>{source}: the speed must be steps per second (a number &gt; 0) or &quot;max&quot;, not {value!r}</source>
        <translation>{source}: tốc độ phải là số bước mỗi giây (một số &gt; 0) hoặc &quot;max&quot;, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="168"/>
        <source>a seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/limits.py" line="175"/>
        <source>{source}: width must be {w_min}..{top} and height {h_min}..{top} pixels, not {width}x{height}</source>
        <translation>{source}: chiều rộng phải là {w_min}..{top} và chiều cao {h_min}..{top} điểm ảnh, không phải {width}x{height}</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="49"/>
        <source>loss C</source>
        <translation>mất mát C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="49"/>
        <source>loss L</source>
        <translation>mất mát L</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="50"/>
        <source>error rate</source>
        <translation>tỉ lệ lỗi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="92"/>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="103"/>
        <location filename="../../nnviz/gui/views/loss/view.py" line="275"/>
        <source>train</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="107"/>
        <source>log scale</source>
        <translation>thang log</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="108"/>
        <source>Plot the loss on a logarithmic axis: slow late progress shows</source>
        <translation>Vẽ mất mát trên trục logarit: thấy được tiến bộ chậm về sau</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="256"/>
        <location filename="../../nnviz/gui/views/loss/view.py" line="277"/>
        <source>test</source>
        <translation>kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="281"/>
        <source>step {step}: </source>
        <translation>bước {step}: </translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <location filename="../../nnviz/core/losses.py" line="81"/>
        <source>the cost</source>
        <translation>chi phí</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/losses.py" line="82"/>
        <source>{what} must be &quot;mean&quot; (C = 1/n Σ ℓ) or &quot;sum&quot; (L = Σ ℓ), not {value!r}</source>
        <translation>{what} phải là &quot;mean&quot; (C = 1/n Σ ℓ) hoặc &quot;sum&quot; (L = Σ ℓ), không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/losses.py" line="128"/>
        <source>unknown loss {name!r} (known: {known})</source>
        <translation>mất mát không xác định {name!r} (đã biết: {known})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="31"/>
        <source>Cannot open the data set</source>
        <translation>Không mở được tập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="32"/>
        <source>Open a data set</source>
        <translation>Mở tập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="33"/>
        <source>Data files (*.csv *.txt *idx*-ubyte *idx*-ubyte.gz);;All files (*)</source>
        <translation>Tệp dữ liệu (*.csv *.txt *idx*-ubyte *idx*-ubyte.gz);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="41"/>
        <source>Open the labels of {name}</source>
        <translation>Mở nhãn của {name}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="43"/>
        <source>IDX labels (*idx1-ubyte *idx1-ubyte.gz);;All files (*)</source>
        <translation>Nhãn IDX (*idx1-ubyte *idx1-ubyte.gz);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="55"/>
        <source>{name}: {train} training and {test} test samples, {w}×{h} images (test share {share}): training starts again from step 0.</source>
        <translation>{name}: {train} mẫu huấn luyện và {test} mẫu kiểm tra, ảnh {w}×{h} (tỉ lệ kiểm tra {share}): huấn luyện bắt đầu lại từ bước 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="59"/>
        <source>{name}: {train} training and {test} test samples (test share {share}): training starts again from step 0.</source>
        <translation>{name}: {train} mẫu huấn luyện và {test} mẫu kiểm tra (tỉ lệ kiểm tra {share}): huấn luyện bắt đầu lại từ bước 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="67"/>
        <source>Open a model</source>
        <translation>Mở mô hình</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="68"/>
        <source>nnviz models (*.json);;All files (*)</source>
        <translation>Mô hình nnviz (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="80"/>
        <source>Cannot open the model</source>
        <translation>Không mở được mô hình</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="85"/>
        <source>Loaded the model {path}: training starts from its parameters.</source>
        <translation>Đã nạp mô hình {path}: huấn luyện bắt đầu từ các tham số của nó.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="91"/>
        <source>Nothing to save yet</source>
        <translation>Chưa có gì để lưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="92"/>
        <source>Wait for the network to appear.</source>
        <translation>Hãy đợi mạng xuất hiện.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="94"/>
        <source>Save the model</source>
        <translation>Lưu mô hình</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="95"/>
        <source>nnviz models (*.json)</source>
        <translation>Mô hình nnviz (*.json)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="101"/>
        <source>Cannot save the model</source>
        <translation>Không lưu được mô hình</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="103"/>
        <source>Saved the model at step {step} to {path}</source>
        <translation>Đã lưu mô hình ở bước {step} vào {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="125"/>
        <source>Export as PNG or SVG</source>
        <translation>Xuất thành PNG hoặc SVG</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="126"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Ảnh PNG (*.png);;Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="133"/>
        <source>Cannot export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/file_actions.py" line="135"/>
        <source>Exported to {path}</source>
        <translation>Đã xuất ra {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="72"/>
        <source>Reset: back to the starting parameters, step 0.</source>
        <translation>Đặt lại: quay về tham số ban đầu, bước 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="73"/>
        <source>Training restarts from the chosen point.</source>
        <translation>Huấn luyện bắt đầu lại từ điểm đã chọn.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="234"/>
        <source>The {view} view cannot show the data</source>
        <translation>Khung nhìn {view} không hiển thị được dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="240"/>
        <source>The {view} view stopped drawing</source>
        <translation>Khung nhìn {view} đã ngừng vẽ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="316"/>
        <source>This lesson has no steps to page through: Space plays, Right trains one step, Ctrl+T steps through the selected sample.</source>
        <translation>Bài học này không có bước để lật trang: Phím cách để chạy, Phải để huấn luyện một bước, Ctrl+T để đi từng bước với mẫu đã chọn.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="352"/>
        <source>Cannot open the lesson</source>
        <translation>Không mở được bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="359"/>
        <source>Lesson: {title}</source>
        <translation>Bài học: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="363"/>
        <source>Open a lesson</source>
        <translation>Mở bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="364"/>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>Bài học (*.toml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="396"/>
        <source>The data changed: training starts again from step 0.</source>
        <translation>Dữ liệu đã thay đổi: huấn luyện bắt đầu lại từ bước 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="398"/>
        <source>The network changed: training starts again from step 0.</source>
        <translation>Mạng đã thay đổi: huấn luyện bắt đầu lại từ bước 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="400"/>
        <source>The cost changed: training starts again from step 0.</source>
        <translation>Chi phí đã thay đổi: huấn luyện bắt đầu lại từ bước 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="402"/>
        <source>The training rule changed: training starts again from step 0.</source>
        <translation>Quy tắc huấn luyện đã thay đổi: huấn luyện bắt đầu lại từ bước 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="407"/>
        <source>{optimizer}, η = {rate}: applies from the next step, no reset.</source>
        <translation>{optimizer}, η = {rate}: áp dụng từ bước tiếp theo, không đặt lại.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="438"/>
        <source>Training stopped by an error</source>
        <translation>Huấn luyện dừng do lỗi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="445"/>
        <source>Training diverged</source>
        <translation>Huấn luyện phân kỳ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="446"/>
        <source>{message}

The last good parameters stay on screen; lower the learning rate η in the settings, then press play.</source>
        <translation>{message}

Các tham số tốt cuối cùng vẫn hiển thị; hãy giảm tốc độ học η trong cài đặt, rồi nhấn chạy.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="463"/>
        <source>could not open {path}: {error}</source>
        <translation>không mở được {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="469"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="490"/>
        <source>Cannot set up the race</source>
        <translation>Không thiết lập được cuộc đua</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="506"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="518"/>
        <source>That choice does not work</source>
        <translation>Lựa chọn đó không dùng được</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="33"/>
        <source>next / previous step of the lesson (of the step-through while it is open, then on to the lesson&apos;s next step)</source>
        <translation>bước tiếp / bước trước của bài học (của chế độ đi từng bước khi đang mở, rồi sang bước tiếp theo của bài học)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="35"/>
        <source>Space</source>
        <translation>Phím cách</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="35"/>
        <source>play / pause</source>
        <translation>chạy / tạm dừng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="36"/>
        <source>enter / leave lecture mode</source>
        <translation>vào / thoát chế độ giảng bài</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="37"/>
        <source>B or .  /  W</source>
        <translation>B hoặc .  /  W</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="38"/>
        <source>black / white screen in lecture mode (any key comes back)</source>
        <translation>màn hình đen / trắng trong chế độ giảng bài (nhấn phím bất kỳ để quay lại)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="42"/>
        <source>Right / Left</source>
        <translation>Phải / Trái</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="42"/>
        <source>next / previous step</source>
        <translation>bước tiếp / bước trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="43"/>
        <source>Shift + Right / Left</source>
        <translation>Shift + Phải / Trái</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="44"/>
        <source>next / previous neuron</source>
        <translation>nơ-ron tiếp / nơ-ron trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="45"/>
        <source>Ctrl + Right / Left</source>
        <translation>Ctrl + Phải / Trái</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="46"/>
        <source>next / previous phase</source>
        <translation>giai đoạn tiếp / giai đoạn trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="47"/>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="47"/>
        <source>first / last step</source>
        <translation>bước đầu / bước cuối</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="51"/>
        <source>Network graph</source>
        <translation>Đồ thị mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="52"/>
        <source>hover a neuron or a weight: its formula and values</source>
        <translation>rê chuột lên nơ-ron hoặc trọng số: công thức và giá trị của nó</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="53"/>
        <source>click a weight or a neuron (its bias): type a new value, Enter sets, Esc cancels</source>
        <translation>nhấp vào trọng số hoặc nơ-ron (độ lệch của nó): gõ giá trị mới, Enter để đặt, Esc để hủy</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="55"/>
        <source>wheel: zoom;  drag: pan;  Fit: the whole network again</source>
        <translation>con lăn: thu phóng;  kéo: di chuyển;  Fit: xem lại toàn bộ mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="56"/>
        <source>Decision boundary</source>
        <translation>Biên quyết định</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="57"/>
        <source>click a training point: select it (every view follows)</source>
        <translation>nhấp vào một điểm huấn luyện: chọn nó (mọi khung nhìn đều theo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="58"/>
        <source>double-click a training point: step through it</source>
        <translation>nhấp đúp vào một điểm huấn luyện: đi từng bước với nó</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="59"/>
        <source>Loss surface</source>
        <translation>Mặt mất mát</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="60"/>
        <source>click the map: restart training from that point</source>
        <translation>nhấp vào bản đồ: huấn luyện lại từ điểm đó</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="61"/>
        <source>Optimizer race</source>
        <translation>Cuộc đua bộ tối ưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="62"/>
        <source>click the map: start the race from there</source>
        <translation>nhấp vào bản đồ: bắt đầu cuộc đua từ đó</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="63"/>
        <source>Step-through</source>
        <translation>Đi từng bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="64"/>
        <source>drag the slider: go to step k</source>
        <translation>kéo thanh trượt: đến bước k</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="65"/>
        <source>Panels</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="66"/>
        <source>drag a title bar: move the panel; double-click it: float / dock it</source>
        <translation>kéo thanh tiêu đề: di chuyển bảng; nhấp đúp: tách rời / gắn lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="68"/>
        <source>Lesson panel</source>
        <translation>Bảng bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="69"/>
        <source>Prev / Next, or the step list: go to any step of the lesson</source>
        <translation>Trước / Tiếp, hoặc danh sách bước: đến bất kỳ bước nào của bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="70"/>
        <source>Lecture mode</source>
        <translation>Chế độ giảng bài</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="71"/>
        <source>Prev / Next: previous / next step; click a black or white screen: back</source>
        <translation>Trước / Tiếp: bước trước / bước tiếp; nhấp vào màn hình đen hoặc trắng: quay lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/shell/menus.py" line="109"/>
        <source>{title} (%n step(s))</source>
        <translation>
            <numerusform>{title} (%n bước)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="127"/>
        <source>&amp;Open model…</source>
        <translation>&amp;Mở mô hình…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="128"/>
        <source>&amp;Save model…</source>
        <translation>&amp;Lưu mô hình…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="129"/>
        <source>Open &amp;data set…</source>
        <translation>Mở tập &amp;dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="131"/>
        <source>&amp;Export window as PNG or SVG…</source>
        <translation>&amp;Xuất cửa sổ thành PNG hoặc SVG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="133"/>
        <source>Export &amp;panel</source>
        <translation>Xuất &amp;bảng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="134"/>
        <source>Export &amp;animation (GIF)…</source>
        <translation>Xuất ảnh động (&amp;GIF)…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="136"/>
        <source>Export &amp;slide deck (PNG, Beamer)…</source>
        <translation>Xuất bộ trang &amp;chiếu (PNG, Beamer)…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="139"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="141"/>
        <source>&amp;Training</source>
        <translation>&amp;Huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="146"/>
        <source>Step &amp;through the selected sample</source>
        <translation>Đi từng bước với mẫu đã chọn (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="148"/>
        <source>&amp;Leave the step-through</source>
        <translation>&amp;Rời chế độ đi từng bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="150"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="164"/>
        <source>&amp;Open a lesson file…</source>
        <translation>&amp;Mở tệp bài học…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="165"/>
        <source>&amp;Save as lesson…</source>
        <translation>&amp;Lưu thành bài học…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="168"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bảng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="169"/>
        <source>&amp;Reset layout</source>
        <translation>Đặt lại bố cục (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="171"/>
        <source>Presentation &amp;scale</source>
        <translation>&amp;Tỉ lệ trình chiếu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="179"/>
        <source>&amp;Larger (presentation)</source>
        <translation>&amp;Lớn hơn (trình chiếu)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="180"/>
        <source>S&amp;maller</source>
        <translation>&amp;Nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="181"/>
        <source>&amp;Dark palette</source>
        <translation>Bảng màu tối (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="183"/>
        <source>&amp;High contrast (washed-out projector)</source>
        <translation>Độ tương phản &amp;cao (máy chiếu nhạt màu)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="188"/>
        <source>L&amp;ecture mode</source>
        <translation>Chế độ &amp;giảng bài</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="191"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="192"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="193"/>
        <source>&amp;About nnviz</source>
        <translation>&amp;Giới thiệu nnviz</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="225"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="226"/>
        <source>Presenter keys (whatever has the focus)</source>
        <translation>Phím trình chiếu (dù tiêu điểm ở đâu)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="227"/>
        <source>In the step-through (graph or panel focused)</source>
        <translation>Khi đi từng bước (tiêu điểm ở đồ thị hoặc bảng)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="229"/>
        <source>Mouse</source>
        <translation>Chuột</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="258"/>
        <source>Keyboard shortcuts and mouse</source>
        <translation>Phím tắt và chuột</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="285"/>
        <source>About nnviz</source>
        <translation>Giới thiệu nnviz</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="286"/>
        <source>nnviz {version}

Watch neural networks learn: the weights, the decision boundary, the loss and the loss surface, live.
A NumPy core with PySide6 and pyqtgraph.</source>
        <translation>nnviz {version}

Xem mạng nơ-ron học: trọng số, biên quyết định, mất mát và mặt mất mát, trực tiếp.
Lõi NumPy với PySide6 và pyqtgraph.</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="36"/>
        <source>a model file</source>
        <translation>một tệp mô hình</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="51"/>
        <source>not valid JSON (line {line}, column {column}: {error})</source>
        <translation>không phải JSON hợp lệ (dòng {line}, cột {column}: {error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="55"/>
        <source>not a model file: lists or objects nested too deeply</source>
        <translation>không phải tệp mô hình: danh sách hoặc đối tượng lồng nhau quá sâu</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="63"/>
        <source>the top level must be a JSON object</source>
        <translation>cấp cao nhất phải là một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="64"/>
        <source>top level</source>
        <translation>cấp cao nhất</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="67"/>
        <source>missing field {key!r} at the top level</source>
        <translation>thiếu trường {key!r} ở cấp cao nhất</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="70"/>
        <source>field &apos;format&apos; must be {format!r}, got {value}</source>
        <translation>trường &apos;format&apos; phải là {format!r}, nhận được {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="73"/>
        <source>field &apos;version&apos; must be {version}, got {value}</source>
        <translation>trường &apos;version&apos; phải là {version}, nhận được {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="76"/>
        <source>field &apos;loss&apos;: unknown loss {value} (known: {known})</source>
        <translation>trường &apos;loss&apos;: mất mát không xác định {value} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="81"/>
        <source>field &apos;layers&apos; must be a non-empty list</source>
        <translation>trường &apos;layers&apos; phải là một danh sách không rỗng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="86"/>
        <location filename="../../nnviz/core/modelfile.py" line="120"/>
        <source>layer {l}</source>
        <translation>lớp {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="88"/>
        <source>{where}: must be an object with activation, weights and bias</source>
        <translation>{where}: phải là một đối tượng có activation, weights và bias</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="93"/>
        <source>{where}: missing field {key!r}</source>
        <translation>{where}: thiếu trường {key!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="97"/>
        <source>{where}, field &apos;activation&apos;: unknown activation {value} (known: {known})</source>
        <translation>{where}, trường &apos;activation&apos;: hàm kích hoạt không xác định {value} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="102"/>
        <source>{where}, field &apos;weights&apos;: rows have {count} numbers but layer {previous} has {n} neurons (shapes must chain)</source>
        <translation>{where}, trường &apos;weights&apos;: các hàng có {count} số nhưng lớp {previous} có {n} nơ-ron (kích thước phải nối tiếp nhau)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="110"/>
        <source>{where}, field &apos;bias&apos;: {count} numbers for {n} neurons</source>
        <translation>{where}, trường &apos;bias&apos;: {count} số cho {n} nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="118"/>
        <source>field &apos;layers&apos;</source>
        <translation>trường &apos;layers&apos;</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="148"/>
        <source>{where}, field {name!r}</source>
        <translation>{where}, trường {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="152"/>
        <source>{name} is not a finite number</source>
        <translation>{name} không phải là một số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="166"/>
        <source>the number {number} is too large (beyond ±1.8e308)</source>
        <translation>số {number} quá lớn (vượt quá ±1.8e308)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="177"/>
        <source>the field {key} appears twice in one object</source>
        <translation>trường {key} xuất hiện hai lần trong một đối tượng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="186"/>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} ký tự)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="193"/>
        <source>a list ({count} items)</source>
        <translation>một danh sách ({count} phần tử)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="194"/>
        <source>a JSON object ({count} items)</source>
        <translation>một đối tượng JSON ({count} phần tử)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="202"/>
        <source>{where}: unknown field {key} (allowed: {known})</source>
        <translation>{where}: trường không xác định {key} (cho phép: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="209"/>
        <source>{where}: {value} is not a number</source>
        <translation>{where}: {value} không phải là một số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="212"/>
        <source>{where}: {value!r} is not a finite number</source>
        <translation>{where}: {value!r} không phải là một số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="219"/>
        <source>{where}: must be a non-empty list of numbers</source>
        <translation>{where}: phải là một danh sách số không rỗng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="226"/>
        <source>{where}: must be a non-empty list of rows</source>
        <translation>{where}: phải là một danh sách hàng không rỗng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/modelfile.py" line="231"/>
        <source>{where}[{j}]: row has {count} numbers, row 0 has {first}</source>
        <translation>{where}[{j}]: hàng có {count} số, hàng 0 có {first}</translation>
    </message>
</context>
<context>
    <name>NarrationStrip</name>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="61"/>
        <source>◀ Prev</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="62"/>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="64"/>
        <source>Previous step (PageUp)</source>
        <translation>Bước trước (PageUp)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="66"/>
        <source>Next step (PageDown)</source>
        <translation>Bước tiếp theo (PageDown)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/narration.py" line="91"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Bước {number} trên {count}: {title}</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../nnviz/core/network.py" line="58"/>
        <source>a network needs an input size and at least one layer</source>
        <translation>một mạng cần kích thước đầu vào và ít nhất một lớp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="61"/>
        <source>every layer needs at least one neuron (sizes {sizes})</source>
        <translation>mỗi lớp cần ít nhất một nơ-ron (kích thước {sizes})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="65"/>
        <source>{layers} layers need {layers} activations and bias flags, got {activations} and {biases}</source>
        <translation>{layers} lớp cần {layers} hàm kích hoạt và cờ độ lệch, nhận được {activations} và {biases}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="71"/>
        <source>layer {l}: {name} is for the output layer only</source>
        <translation>lớp {l}: {name} chỉ dành cho lớp đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="75"/>
        <location filename="../../nnviz/core/network.py" line="350"/>
        <source>loss {loss} needs a {needed} output layer, not {given}</source>
        <translation>mất mát {loss} cần lớp đầu ra {needed}, không phải {given}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="249"/>
        <source>layer {l}: weights have shape {shape}, expected {expected}</source>
        <translation>lớp {l}: trọng số có kích thước {shape}, cần {expected}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/network.py" line="282"/>
        <source>unknown initialiser {name!r} (known: {known})</source>
        <translation>bộ khởi tạo không xác định {name!r} (đã biết: {known})</translation>
    </message>
</context>
<context>
    <name>NeuronCurveView</name>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="40"/>
        <source>The neuron curve needs a network with one input and one output neuron and no hidden layer</source>
        <translation>Đường cong nơ-ron cần một mạng có một đầu vào, một nơ-ron đầu ra và không có lớp ẩn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="68"/>
        <source>start training: the neuron curve needs a network</source>
        <translation>hãy bắt đầu huấn luyện: đường cong nơ-ron cần một mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="77"/>
        <source>the weight w: it scales the curve</source>
        <translation>trọng số w: co giãn đường cong</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="78"/>
        <source>the bias b: it shifts the curve</source>
        <translation>độ lệch b: dịch chuyển đường cong</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="122"/>
        <source>drag: the x at which both neurons&apos; outputs are compared</source>
        <translation>kéo: giá trị x tại đó so sánh đầu ra của hai nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="136"/>
        <source>A small change of w or b moves a smooth neuron&apos;s output a little; a step neuron&apos;s output flips where z = w·x + b crosses 0.</source>
        <translation>Một thay đổi nhỏ của w hoặc b làm đầu ra của nơ-ron trơn thay đổi một chút; đầu ra của nơ-ron bậc thang lật ngược khi z = w·x + b đi qua 0.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="192"/>
        <source>{needs}; this network is {sizes}.</source>
        <translation>{needs}; mạng này là {sizes}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="379"/>
        <source>no bias</source>
        <translation>không có độ lệch</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="381"/>
        <source>At x = {x}: z = {z},  {formula} = {a} (blue),  {other} neuron {p} (orange)</source>
        <translation>Tại x = {x}: z = {z},  {formula} = {a} (xanh lam),  nơ-ron {other} {p} (cam)</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <location filename="../../nnviz/core/notation.py" line="41"/>
        <source>Numbers are shown to {digits} significant digits, each rounded from the full-precision value.</source>
        <translation>Các số được hiển thị với {digits} chữ số có nghĩa, mỗi số được làm tròn từ giá trị đầy đủ độ chính xác.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/notation.py" line="146"/>
        <source>(… {count} more terms = {total})</source>
        <translation>(… thêm {count} số hạng = {total})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/notation.py" line="284"/>
        <source> more terms</source>
        <translation> số hạng nữa</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../nnviz/core/numbers.py" line="28"/>
        <source>{text!r} is not a finite number</source>
        <translation>{text!r} không phải là một số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/numbers.py" line="41"/>
        <source>{text!r} is not a number</source>
        <translation>{text!r} không phải là một số</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="40"/>
        <source>{name} must be a number, got {value!r}</source>
        <translation>{name} phải là một số, nhận được {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="44"/>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} phải là một số hữu hạn, nhận được {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="47"/>
        <source>{name} must be greater than 0, got {value}</source>
        <translation>{name} phải lớn hơn 0, nhận được {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="50"/>
        <source>{name} must lie in [0, 1), got {value}</source>
        <translation>{name} phải nằm trong [0, 1), nhận được {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="91"/>
        <source>{optimizer} has no hyper-parameter {name!r} (it has: {known})</source>
        <translation>{optimizer} không có siêu tham số {name!r} (nó có: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/optimizers.py" line="271"/>
        <source>unknown optimizer {name!r} (known: {known})</source>
        <translation>bộ tối ưu không xác định {name!r} (đã biết: {known})</translation>
    </message>
</context>
<context>
    <name>ParameterPair</name>
    <message>
        <location filename="../../nnviz/gui/kit/parameter_pair.py" line="38"/>
        <source>horizontal</source>
        <translation>ngang</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/kit/parameter_pair.py" line="38"/>
        <source>vertical</source>
        <translation>dọc</translation>
    </message>
</context>
<context>
    <name>ParameterUpdate</name>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="88"/>
        <source>this worked example has no update: give a target and a learning rate</source>
        <translation>ví dụ này không có bước cập nhật: hãy cho một mục tiêu và một tốc độ học</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="121"/>
        <source>the batch must be m ≥ 1 rows of {n} inputs, got shape {shape}</source>
        <translation>lô phải gồm m ≥ 1 hàng, mỗi hàng {n} đầu vào, nhận được kích thước {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="125"/>
        <source>{m} samples need targets of shape ({m}, {outputs}), got {shape}</source>
        <translation>{m} mẫu cần mục tiêu có kích thước ({m}, {outputs}), nhận được {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="129"/>
        <source>the batch contains NaN or infinite values</source>
        <translation>lô chứa giá trị NaN hoặc vô hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/parameter_update.py" line="137"/>
        <source>the update overflows: use a smaller learning rate</source>
        <translation>bước cập nhật bị tràn số: hãy dùng tốc độ học nhỏ hơn</translation>
    </message>
</context>
<context>
    <name>Perceptron</name>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="84"/>
        <source>the perceptron needs samples as rows of a 2-D array, got shape {shape}</source>
        <translation>perceptron cần các mẫu là các hàng của một mảng 2 chiều, nhận được kích thước {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="87"/>
        <source>{n} samples but labels of shape {shape}</source>
        <translation>{n} mẫu nhưng nhãn có kích thước {shape}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="90"/>
        <source>the samples contain NaN or infinite values</source>
        <translation>các mẫu chứa giá trị NaN hoặc vô hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="92"/>
        <source>the perceptron rule needs labels -1 and +1</source>
        <translation>quy tắc perceptron cần nhãn -1 và +1</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="95"/>
        <source>{n} inputs need {n} weights, got {count}</source>
        <translation>{n} đầu vào cần {n} trọng số, nhận được {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="98"/>
        <source>the starting weights and bias must be finite numbers</source>
        <translation>trọng số và độ lệch ban đầu phải là số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="101"/>
        <source>the learning rate η must be a number &gt; 0, got {value!r}</source>
        <translation>tốc độ học η phải là một số &gt; 0, nhận được {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="104"/>
        <source>the perceptron rule needs a sign or step neuron, not {name!r}</source>
        <translation>quy tắc perceptron cần một nơ-ron sign hoặc step, không phải {name!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron.py" line="107"/>
        <source>the step limit must be a whole number ≥ 1, got {value!r}</source>
        <translation>giới hạn số bước phải là một số nguyên ≥ 1, nhận được {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="42"/>
        <source>the perceptron rule trains one sign or step neuron: no hidden layers, one output</source>
        <translation>quy tắc perceptron huấn luyện một nơ-ron sign hoặc step: không có lớp ẩn, một đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="45"/>
        <source>the perceptron rule needs two classes; {name} has {count} classes</source>
        <translation>quy tắc perceptron cần hai lớp; {name} có {count} lớp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="49"/>
        <source>the perceptron rule needs two classes; {name} has no classes</source>
        <translation>quy tắc perceptron cần hai lớp; {name} không có lớp nào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="53"/>
        <source>the network has {inputs} inputs but data set {name!r} has {features} features</source>
        <translation>mạng có {inputs} đầu vào nhưng tập dữ liệu {name!r} có {features} đặc trưng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/perceptron_training.py" line="110"/>
        <source>converged after {n} samples: a whole epoch without a mistake</source>
        <translation>đã hội tụ sau {n} mẫu: cả một epoch không có lỗi nào</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../nnviz/gui/language.py" line="50"/>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="51"/>
        <source>File &amp;name:</source>
        <translation>Tê&amp;n tệp:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="52"/>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="53"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="54"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="55"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="56"/>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="57"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="58"/>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="59"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="60"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="61"/>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="62"/>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="63"/>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="64"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="65"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../nnviz/gui/language.py" line="66"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="67"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="68"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="69"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="70"/>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../nnviz/gui/language.py" line="37"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="38"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="39"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="40"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="41"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="43"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="44"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="45"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="46"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="47"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="48"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="49"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="40"/>
        <source>race optimizers</source>
        <translation>đua các bộ tối ưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="41"/>
        <source>race learning rates</source>
        <translation>đua các tốc độ học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="42"/>
        <source>race batch sizes</source>
        <translation>đua các kích thước lô</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="43"/>
        <source>Racing optimizers</source>
        <translation>Đang đua các bộ tối ưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="44"/>
        <source>Racing learning rates</source>
        <translation>Đang đua các tốc độ học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="45"/>
        <source>Racing batch sizes</source>
        <translation>Đang đua các kích thước lô</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="46"/>
        <source>Optimizers</source>
        <translation>Các bộ tối ưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="47"/>
        <source>Learning rates</source>
        <translation>Các tốc độ học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="48"/>
        <source>Batch sizes</source>
        <translation>Các kích thước lô</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="111"/>
        <source>unknown race {compare!r} (known: {known})</source>
        <translation>cuộc đua không xác định {compare!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="117"/>
        <source>race: unknown optimizer {name!r} (known: {known})</source>
        <translation>cuộc đua: bộ tối ưu không xác định {name!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="121"/>
        <source>race: give at least one learning rate</source>
        <translation>cuộc đua: hãy nhập ít nhất một tốc độ học</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="122"/>
        <source>race: give at least one batch</source>
        <translation>cuộc đua: hãy nhập ít nhất một lô</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="124"/>
        <source>race: at most {most} values, not {count}</source>
        <translation>cuộc đua: tối đa {most} giá trị, không phải {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="130"/>
        <source>race: a learning rate must be a positive number, not {value!r}</source>
        <translation>cuộc đua: tốc độ học phải là số dương, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="138"/>
        <source>race: a batch is &quot;full&quot;, &quot;stochastic&quot; or a size m ≥ 1, not {value!r}</source>
        <translation>cuộc đua: lô là &quot;full&quot;, &quot;stochastic&quot; hoặc kích thước m ≥ 1, không phải {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="141"/>
        <source>race: each value once</source>
        <translation>cuộc đua: mỗi giá trị chỉ một lần</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="157"/>
        <source>race: {part!r} is not a number</source>
        <translation>cuộc đua: {part!r} không phải là số</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="172"/>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="197"/>
        <source>full batch</source>
        <translation>toàn bộ lô</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="174"/>
        <source>one sample (SGD)</source>
        <translation>một mẫu (SGD)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="175"/>
        <source>batch {size}</source>
        <translation>lô {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="199"/>
        <source>one sample per step</source>
        <translation>một mẫu mỗi bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="201"/>
        <source>batches of {size}</source>
        <translation>lô gồm {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="204"/>
        <source>{optimizer}, η = {rate}; a step sees m samples</source>
        <translation>{optimizer}, η = {rate}; mỗi bước thấy m mẫu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="206"/>
        <source>; C(w) with each path</source>
        <translation>; C(w) với từng đường đi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="208"/>
        <source>; the paths on the map of C</source>
        <translation>; các đường đi trên bản đồ của C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="212"/>
        <source>{what} ({fixed}) from one start θ₀: {cost} over all training samples after each step{where}</source>
        <translation>{what} ({fixed}) từ cùng một điểm đầu θ₀: {cost} trên mọi mẫu huấn luyện sau mỗi bước{where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="247"/>
        <source>diverged at step {step}: C grew past {limit}</source>
        <translation>phân kỳ ở bước {step}: C vượt quá {limit}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="264"/>
        <source>the race compares gradient-descent settings; this problem trains with the perceptron rule</source>
        <translation>cuộc đua so sánh các thiết lập hạ gradient; bài toán này huấn luyện bằng quy tắc perceptron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="270"/>
        <source>the start has {start} parameters, the network {network}</source>
        <translation>điểm đầu có {start} tham số, mạng có {network}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="75"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="73"/>
        <source>log loss</source>
        <translation>mất mát thang log</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="76"/>
        <source>the loss curves on a logarithmic axis</source>
        <translation>các đường mất mát trên trục logarit</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="78"/>
        <source>per epoch</source>
        <translation>theo epoch</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="79"/>
        <source>the loss curves against passes over the training set (a step with a batch of m samples is m/n of an epoch), not steps</source>
        <translation>các đường mất mát theo số lượt qua tập huấn luyện (một bước với lô m mẫu là m/n của một epoch), không theo bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="343"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="344"/>
        <location filename="../../nnviz/gui/views/race/tracks.py" line="86"/>
        <source>step t</source>
        <translation>bước t</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="358"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="56"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="132"/>
        <source>final {cost}</source>
        <translation>{cost} cuối</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="360"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="133"/>
        <source>{cost} at step {step}</source>
        <translation>{cost} ở bước {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="381"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="145"/>
        <source>{label}  (diverged at step {step})</source>
        <translation>{label}  (phân kỳ ở bước {step})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="391"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="150"/>
        <source>diverged at step {step}</source>
        <translation>phân kỳ ở bước {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="90"/>
        <source>choose two different parameters in 0..{last}, not ({i}, {j})</source>
        <translation>hãy chọn hai tham số khác nhau trong 0..{last}, không phải ({i}, {j})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="97"/>
        <location filename="../../nnviz/gui/views/race/view.py" line="367"/>
        <source>steps must lie in 1..{most}, not {steps}</source>
        <translation>số bước phải nằm trong 1..{most}, không phải {steps}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="119"/>
        <source>unknown optimizer {name!r} (known: {known})</source>
        <translation>bộ tối ưu không xác định {name!r} (đã biết: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="128"/>
        <source>the start must be two finite numbers, not ({x}, {y})</source>
        <translation>điểm đầu phải là hai số hữu hạn, không phải ({x}, {y})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="35"/>
        <source>learning rate η</source>
        <translation>tốc độ học η</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="55"/>
        <source>optimizer</source>
        <translation>bộ tối ưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="71"/>
        <source>same η for all</source>
        <translation>cùng η cho tất cả</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="74"/>
        <source>the loss plot on a logarithmic axis</source>
        <translation>biểu đồ mất mát trên trục logarit</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="103"/>
        <source>what races: optimizers on a surface, or learning rates or batch sizes on the current problem</source>
        <translation>cái gì đua: các bộ tối ưu trên một mặt, hoặc các tốc độ học hay kích thước lô trên bài toán hiện tại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="108"/>
        <source>the values that race, separated by commas: learning rates (0.01, 0.1, 0.25), or batches (full, 10, stochastic)</source>
        <translation>các giá trị đua, cách nhau bằng dấu phẩy: tốc độ học (0.01, 0.1, 0.25), hoặc lô (full, 10, stochastic)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="116"/>
        <source>the network: C over two parameters</source>
        <translation>mạng: C theo hai tham số</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="117"/>
        <source>the function the optimizers minimise</source>
        <translation>hàm mà các bộ tối ưu cực tiểu hóa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="120"/>
        <source>the network&apos;s parameter on the {axis} axis</source>
        <translation>tham số của mạng trên trục {axis}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="123"/>
        <source>steps </source>
        <translation>bước </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="124"/>
        <source>how many steps every optimizer takes</source>
        <translation>mỗi bộ tối ưu đi bao nhiêu bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="127"/>
        <location filename="../../nnviz/gui/views/race/view.py" line="475"/>
        <source>▶ Play</source>
        <translation>▶ Chạy</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="128"/>
        <source>show the race step by step</source>
        <translation>xem cuộc đua từng bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="129"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="130"/>
        <source>one more step of every optimizer</source>
        <translation>thêm một bước cho mọi bộ tối ưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="131"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="132"/>
        <source>back to the start p₀</source>
        <translation>về điểm đầu p₀</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="471"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="561"/>
        <source>the race of learning rates or batch sizes needs a problem: open a lesson or start training first</source>
        <translation>cuộc đua tốc độ học hay kích thước lô cần một bài toán: hãy mở một bài học hoặc bắt đầu huấn luyện trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="582"/>
        <source>the network surface needs a network: start training first</source>
        <translation>mặt của mạng cần một mạng: hãy bắt đầu huấn luyện trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="584"/>
        <source>the network surface needs the training data</source>
        <translation>mặt của mạng cần dữ liệu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="587"/>
        <source>a one-parameter network has no plane to race on</source>
        <translation>mạng một tham số không có mặt phẳng để đua</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="672"/>
        <source>{cost} over two parameters of the network (the others as when chosen)</source>
        <translation>{cost} theo hai tham số của mạng (các tham số khác giữ như lúc chọn)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="678"/>
        <source>  (× = minimum)</source>
        <translation>  (× = cực tiểu)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="679"/>
        <source>  Click the map to start the race from another point.</source>
        <translation>  Nhấp vào bản đồ để bắt đầu cuộc đua từ điểm khác.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="681"/>
        <source>{what}.  Step {step} of {last}.{click}</source>
        <translation>{what}.  Bước {step} / {last}.{click}</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="73"/>
        <source>Recording frame {n} of {total}…</source>
        <translation>Đang ghi khung hình {n} trên {total}…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="116"/>
        <source>Encoding the GIF…</source>
        <translation>Đang mã hóa GIF…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="144"/>
        <source>Wrote {path}: {n} frames of {w}×{h}, {kb} kB.</source>
        <translation>Đã ghi {path}: {n} khung hình {w}×{h}, {kb} kB.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="150"/>
        <source>The GIF {path} was written, but not the frames: {error}</source>
        <translation>Đã ghi GIF {path}, nhưng không ghi được các khung hình: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/recorder.py" line="152"/>
        <source>The frames are in {folder}.</source>
        <translation>Các khung hình nằm trong {folder}.</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../nnviz/commands/render.py" line="78"/>
        <source>--size {text}: expected WIDTHxHEIGHT in pixels, e.g. 1600x1000</source>
        <translation>--size {text}: cần dạng WIDTHxHEIGHT tính bằng điểm ảnh, ví dụ 1600x1000</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="90"/>
        <source>--out {text}: the picture is a PNG, give a file name ending in .png</source>
        <translation>--out {text}: ảnh là PNG, hãy cho tên tệp kết thúc bằng .png</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="122"/>
        <source>give --out FILE.png (a picture) or --gif FILE.gif (an animation)</source>
        <translation>hãy cho --out FILE.png (một ảnh) hoặc --gif FILE.gif (một ảnh động)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="128"/>
        <location filename="../../nnviz/commands/render_gif.py" line="127"/>
        <source>--sample {sample}: needs --walkthrough K, the step to show</source>
        <translation>--sample {sample}: cần --walkthrough K, bước cần hiển thị</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="154"/>
        <source>wrote {path} ({w}x{h}) after {steps} steps: {loss}</source>
        <translation>đã ghi {path} ({w}x{h}) sau {steps} bước: {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="168"/>
        <source>--lesson-step {step} (the lesson&apos;s steps set the data, the network and the training)</source>
        <translation>--lesson-step {step} (các bước của bài học đặt dữ liệu, mạng và việc huấn luyện)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="179"/>
        <source>step {number} of {count}: {title}</source>
        <translation>bước {number} trên {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="181"/>
        <source>its start: {title}</source>
        <translation>phần mở đầu: {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/commands/render.py" line="183"/>
        <source>%n training step(s)</source>
        <translation>
            <numerusform>%n bước huấn luyện</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="184"/>
        <source>wrote {path} ({w}x{h}): lesson {lesson}, {where}; {trained}, {loss}</source>
        <translation>đã ghi {path} ({w}x{h}): bài học {lesson}, {where}; {trained}, {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="194"/>
        <source>the step-through of sample {sample} at step {step} of {count}: {symbol}</source>
        <translation>đi từng bước với mẫu {sample} ở bước {step} trên {count}: {symbol}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="53"/>
        <source>--layers {layers}: the data set {name} has {n} features, so N0 must be {n}</source>
        <translation>--layers {layers}: tập dữ liệu {name} có {n} đặc trưng, nên N0 phải là {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="70"/>
        <source>--layers {layers}: the data set {name} needs {n} output neurons with a {activation} output</source>
        <translation>--layers {layers}: tập dữ liệu {name} cần {n} nơ-ron đầu ra với đầu ra {activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="114"/>
        <source>--sample {sample}: {error}</source>
        <translation>--sample {sample}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="118"/>
        <source>--walkthrough {step}: the step-through of sample {sample} has {n} steps, numbered 1 to {n}</source>
        <translation>--walkthrough {step}: đi từng bước với mẫu {sample} có {n} bước, đánh số 1 đến {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="156"/>
        <source>train loss {loss}</source>
        <translation>mất mát huấn luyện {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_setup.py" line="157"/>
        <source>train loss {loss}, train accuracy {accuracy}</source>
        <translation>mất mát huấn luyện {loss}, độ chính xác huấn luyện {accuracy}</translation>
    </message>
</context>
<context>
    <name>RenderGif</name>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="70"/>
        <source>--{option}: needs --gif OUT.gif</source>
        <translation>--{option}: cần --gif OUT.gif</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="74"/>
        <source>{option} all: needs --gif OUT.gif (one frame per step)</source>
        <translation>{option} all: cần --gif OUT.gif (một khung hình mỗi bước)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="84"/>
        <source>--gif {text}: the animation is a GIF, give a file name ending in .gif</source>
        <translation>--gif {text}: ảnh động là GIF, hãy cho tên tệp kết thúc bằng .gif</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="100"/>
        <source>--view {key}: no such view; the views are {keys}</source>
        <translation>--view {key}: không có khung nhìn này; các khung nhìn là {keys}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="111"/>
        <source>--out {path}: give either --out (a picture) or --gif (an animation)</source>
        <translation>--out {path}: chỉ cho một trong hai, --out (một ảnh) hoặc --gif (một ảnh động)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="135"/>
        <source>--lesson-step {step}: with --gif, give --lesson-step all (one frame per step)</source>
        <translation>--lesson-step {step}: với --gif, hãy cho --lesson-step all (một khung hình mỗi bước)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="141"/>
        <source>--walkthrough {step}: with --gif, give --walkthrough all (one frame per step)</source>
        <translation>--walkthrough {step}: với --gif, hãy cho --walkthrough all (một khung hình mỗi bước)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="149"/>
        <source>wrote {path}: {n} frames of {w}x{h} at {fps} per second, {bytes} bytes; {note}</source>
        <translation>đã ghi {path}: {n} khung hình {w}x{h}, {fps} khung mỗi giây, {bytes} byte; {note}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="155"/>
        <source>wrote {n} numbered frames into {path}</source>
        <translation>đã ghi {n} khung hình đánh số vào {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="168"/>
        <source>--every {k}: {mode} records one frame per step, not every K training steps</source>
        <translation>--every {k}: {mode} ghi một khung hình mỗi bước, không phải mỗi K bước huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="202"/>
        <source>a frame every {k} steps, {steps} steps: {loss}</source>
        <translation>một khung hình mỗi {k} bước, {steps} bước: {loss}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="235"/>
        <source>the step-through of sample {sample}, steps 1 to {n} of {count}, after {steps} training steps</source>
        <translation>đi từng bước với mẫu {sample}, bước 1 đến {n} trên {count}, sau {steps} bước huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="244"/>
        <source>--lesson-step all (the lesson&apos;s steps set the data, the network and the training)</source>
        <translation>--lesson-step all (các bước của bài học đặt dữ liệu, mạng và việc huấn luyện)</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="249"/>
        <source>--walkthrough cannot be combined with --lesson-step all</source>
        <translation>không thể dùng --walkthrough cùng --lesson-step all</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="263"/>
        <source>lesson {lesson}: its start and steps 1 to {last} of {count}</source>
        <translation>bài học {lesson}: phần mở đầu và các bước 1 đến {last} trên {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render_gif.py" line="280"/>
        <source>--view {key}: the view is not shown in this window (in lecture mode only the lesson&apos;s views are)</source>
        <translation>--view {key}: khung nhìn này không hiện trong cửa sổ (ở chế độ giảng bài chỉ hiện các khung nhìn của bài học)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../nnviz/session/controller.py" line="120"/>
        <source>{what} needs {size} finite parameters, got 1 number</source>
        <translation>{what} cần {size} tham số hữu hạn, nhận được 1 số</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="122"/>
        <source>{what} needs {size} finite parameters, got 1 number (not all finite)</source>
        <translation>{what} cần {size} tham số hữu hạn, nhận được 1 số (không phải tất cả đều hữu hạn)</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="125"/>
        <source>{what} needs {size} finite parameters, got {n} numbers</source>
        <translation>{what} cần {size} tham số hữu hạn, nhận được {n} số</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="127"/>
        <source>{what} needs {size} finite parameters, got {n} numbers (not all finite)</source>
        <translation>{what} cần {size} tham số hữu hạn, nhận được {n} số (không phải tất cả đều hữu hạn)</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="219"/>
        <source>the speed must be &gt; 0 steps per second, not {speed}</source>
        <translation>tốc độ phải &gt; 0 bước mỗi giây, không phải {speed}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="224"/>
        <source>not a training command: {command}</source>
        <translation>không phải lệnh huấn luyện: {command}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="232"/>
        <source>a step count must be &gt;= 0, not {step}</source>
        <translation>số bước phải &gt;= 0, không phải {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="235"/>
        <source>the lesson step</source>
        <translation>bước của bài học</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="252"/>
        <source>changing the training rule needs a reset</source>
        <translation>đổi quy tắc huấn luyện cần đặt lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="290"/>
        <source>parameter index {index} out of range (the network has {size})</source>
        <translation>chỉ số tham số {index} nằm ngoài phạm vi (mạng có {size})</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="293"/>
        <source>{parameter}: {value} is not a finite number</source>
        <translation>{parameter}: {value} không phải số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="303"/>
        <source>a restart point</source>
        <translation>điểm bắt đầu lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="312"/>
        <source>the update</source>
        <translation>bước cập nhật</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/controller.py" line="408"/>
        <source>nothing to train yet: choose a data set and a network first</source>
        <translation>chưa có gì để huấn luyện: hãy chọn tập dữ liệu và mạng trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walk.py" line="94"/>
        <source>unknown step-through move {move} (known: {moves})</source>
        <translation>không biết thao tác đi từng bước {move} (các thao tác có: {moves})</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walk.py" line="104"/>
        <source>there is no sample {sample}: the data set {name} has {n} samples, numbered 1 to {n}</source>
        <translation>không có mẫu {sample}: tập dữ liệu {name} có {n} mẫu, đánh số từ 1 đến {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walk.py" line="109"/>
        <source>the network has {inputs} inputs but the data set {name} has {features} features</source>
        <translation>mạng có {inputs} đầu vào nhưng tập dữ liệu {name} có {features} đặc trưng</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walkthrough.py" line="66"/>
        <source>there is nothing to step through: the step list is empty</source>
        <translation>không có gì để đi từng bước: danh sách bước trống</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walkthrough.py" line="138"/>
        <source>step {number} is not in the walk: the steps are numbered 1 to {n}</source>
        <translation>bước {number} không có trong phần đi từng bước: các bước được đánh số từ 1 đến {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/session/walkthrough.py" line="194"/>
        <source>unknown zoom level {level} (known: {levels})</source>
        <translation>không biết mức phóng {level} (các mức có: {levels})</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="40"/>
        <source>The training (and test) data</source>
        <translation>Dữ liệu huấn luyện (và kiểm tra)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="42"/>
        <source>gradient descent</source>
        <translation>hạ gradient</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="43"/>
        <source>perceptron rule</source>
        <translation>quy tắc perceptron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="44"/>
        <source>squared error</source>
        <translation>sai số bình phương</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="45"/>
        <source>½ squared error</source>
        <translation>½ sai số bình phương</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="46"/>
        <source>absolute error</source>
        <translation>sai số tuyệt đối</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="47"/>
        <source>cross-entropy (binary)</source>
        <translation>entropy chéo (nhị phân)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="48"/>
        <source>cross-entropy (softmax)</source>
        <translation>entropy chéo (softmax)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="49"/>
        <source>mean: C = 1/n Σ ℓ</source>
        <translation>trung bình: C = 1/n Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="50"/>
        <source>sum: L = Σ ℓ</source>
        <translation>tổng: L = Σ ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="51"/>
        <source>full</source>
        <translation>toàn bộ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="52"/>
        <source>mini-batch</source>
        <translation>lô nhỏ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="53"/>
        <source>stochastic</source>
        <translation>ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="55"/>
        <source>θ given by the lesson</source>
        <translation>θ do bài học cho</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="56"/>
        <source>momentum μ</source>
        <translation>động lượng μ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="57"/>
        <source>decay ρ</source>
        <translation>hệ số suy giảm ρ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="60"/>
        <source>μ: how much of the last step&apos;s velocity is kept (0 ≤ μ &lt; 1)</source>
        <translation>μ: phần vận tốc của bước trước được giữ lại (0 ≤ μ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="62"/>
        <source>ρ: decay of the running mean of g² (0 ≤ ρ &lt; 1)</source>
        <translation>ρ: hệ số suy giảm của trung bình trượt của g² (0 ≤ ρ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="63"/>
        <source>β₁: decay of the running mean of g (0 ≤ β₁ &lt; 1)</source>
        <translation>β₁: hệ số suy giảm của trung bình trượt của g (0 ≤ β₁ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="64"/>
        <source>β₂: decay of the running mean of g² (0 ≤ β₂ &lt; 1)</source>
        <translation>β₂: hệ số suy giảm của trung bình trượt của g² (0 ≤ β₂ &lt; 1)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="65"/>
        <source>ε: keeps the division by √(...) finite</source>
        <translation>ε: giữ cho phép chia cho √(...) hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="82"/>
        <source>hidden layer {index}</source>
        <translation>lớp ẩn {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="84"/>
        <source>neurons</source>
        <translation>nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="86"/>
        <source>N_{index}: the number of neurons in hidden layer {index}</source>
        <translation>N_{index}: số nơ-ron trong lớp ẩn {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="88"/>
        <source>activation</source>
        <translation>hàm kích hoạt</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="90"/>
        <source>σ of layer {index}: a = σ(z)</source>
        <translation>σ của lớp {index}: a = σ(z)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="92"/>
        <source>remove layer {index}</source>
        <translation>xóa lớp {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="115"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="116"/>
        <source>data set</source>
        <translation>tập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="118"/>
        <source>samples n</source>
        <translation>số mẫu n</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="119"/>
        <source>noise</source>
        <translation>nhiễu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="121"/>
        <source>Standard deviation of the noise added to the points</source>
        <translation>Độ lệch chuẩn của nhiễu thêm vào các điểm</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="122"/>
        <source>test share</source>
        <translation>tỉ lệ kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="124"/>
        <source>Share of the samples held out as the test set</source>
        <translation>Tỉ lệ mẫu được giữ lại làm tập kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="125"/>
        <source>labels</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="126"/>
        <source>Write the two classes as 0/1 or as −1/+1</source>
        <translation>Ghi hai lớp là 0/1 hoặc −1/+1</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="127"/>
        <source>data seed</source>
        <translation>seed dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="128"/>
        <source>new random data</source>
        <translation>dữ liệu ngẫu nhiên mới</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="129"/>
        <source>Draw new points: the data seed goes up by one</source>
        <translation>Tạo điểm mới: seed dữ liệu tăng thêm một</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="130"/>
        <source>open a data file…</source>
        <translation>mở tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="131"/>
        <source>A CSV table, a digit CSV or IDX images (MNIST&apos;s train-images-idx3-ubyte)</source>
        <translation>Một bảng CSV, một CSV chữ số hoặc ảnh IDX (train-images-idx3-ubyte của MNIST)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="133"/>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="134"/>
        <source>hidden layers</source>
        <translation>các lớp ẩn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="135"/>
        <source>add a hidden layer</source>
        <translation>thêm một lớp ẩn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="136"/>
        <source>output activation</source>
        <translation>hàm kích hoạt đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="137"/>
        <source>σ of the output layer L</source>
        <translation>σ của lớp đầu ra L</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="138"/>
        <source>biases b</source>
        <translation>độ lệch b</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="139"/>
        <source>initialiser</source>
        <translation>cách khởi tạo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="140"/>
        <source>How θ is drawn at the start (a lesson or a loaded model may give θ instead: choose one to draw a new θ)</source>
        <translation>Cách tạo θ lúc bắt đầu (bài học hoặc mô hình đã nạp có thể cho sẵn θ: chọn một cách để tạo θ mới)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="142"/>
        <source>range r</source>
        <translation>khoảng r</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="143"/>
        <source>uniform: w, b ~ U(−r, r)</source>
        <translation>đều: w, b ~ U(−r, r)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="144"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="145"/>
        <source>Seed of the initial θ and of the batch order</source>
        <translation>Seed của θ ban đầu và của thứ tự lô</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="147"/>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="148"/>
        <source>rule</source>
        <translation>quy tắc</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="150"/>
        <source>loss ℓ</source>
        <translation>mất mát ℓ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="152"/>
        <source>cost</source>
        <translation>chi phí</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="154"/>
        <source>What gradient descent minimises: the mean C = 1/n Σ ℓ or the sum L = Σ ℓ over the samples (∂L/∂θ = n·∂C/∂θ); a change starts again</source>
        <translation>Điều mà hạ gradient cực tiểu hóa: trung bình C = 1/n Σ ℓ hoặc tổng L = Σ ℓ trên các mẫu (∂L/∂θ = n·∂C/∂θ); thay đổi sẽ bắt đầu lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="156"/>
        <source>optimizer</source>
        <translation>bộ tối ưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="158"/>
        <source>learning rate η</source>
        <translation>tốc độ học η</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="160"/>
        <source>η: applies at the next step, without a reset</source>
        <translation>η: áp dụng từ bước tiếp theo, không cần đặt lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="161"/>
        <source>hyper-parameters</source>
        <translation>siêu tham số</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="162"/>
        <source>batch</source>
        <translation>lô</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="164"/>
        <source>full: all n samples per step; mini-batch: m; stochastic: 1</source>
        <translation>toàn bộ: cả n mẫu mỗi bước; lô nhỏ: m; ngẫu nhiên: 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="165"/>
        <source>batch size m</source>
        <translation>kích thước lô m</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="167"/>
        <source>shuffle each epoch</source>
        <translation>xáo trộn mỗi epoch</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="235"/>
        <source>The data file {path} with the labels {labels}</source>
        <translation>Tệp dữ liệu {path} với nhãn {labels}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="237"/>
        <source>The data file {path}</source>
        <translation>Tệp dữ liệu {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/settings_panel.py" line="239"/>
        <source>the lesson&apos;s points</source>
        <translation>các điểm của bài học</translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="68"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Bước {number}/{count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="79"/>
        <source>sample {sample}: the data set has samples 1 to {n}</source>
        <translation>mẫu {sample}: tập dữ liệu có các mẫu từ 1 đến {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="87"/>
        <source>the step-through of this network has {n} steps, more than a deck of {limit} pictures; export it from the Step-through panel as Beamer slides instead</source>
        <translation>phần đi từng bước của mạng này có {n} bước, nhiều hơn một bộ {limit} hình; hãy xuất nó từ bảng Đi từng bước dưới dạng trang chiếu Beamer</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="96"/>
        <source>{sample}, step {k} of {n}</source>
        <translation>{sample}, bước {k}/{n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="149"/>
        <source>Export slide deck</source>
        <translation>Xuất bộ trang chiếu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="150"/>
        <source>Export the lesson as a slide deck</source>
        <translation>Xuất bài học thành bộ trang chiếu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="156"/>
        <source>Drawing the slides…</source>
        <translation>Đang vẽ các trang chiếu…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="157"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="164"/>
        <source>Picture {done} of {total}: {heading}</source>
        <translation>Hình {done}/{total}: {heading}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="180"/>
        <source>Wrote %n slide(s) to {folder}</source>
        <translation>
            <numerusform>Đã ghi %n trang chiếu vào {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlidesCommand</name>
    <message>
        <location filename="../../nnviz/commands/slides.py" line="65"/>
        <source>wrote {folder}: {lesson} pictures of the lesson {name}, {walk} of the step-through</source>
        <translation>đã ghi {folder}: {lesson} hình của bài học {name}, {walk} hình của phần đi từng bước</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="14"/>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="14"/>
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="16"/>
        <source>loss C</source>
        <translation>mất mát C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="16"/>
        <source>loss L</source>
        <translation>mất mát L</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="17"/>
        <source>error rate</source>
        <translation>tỉ lệ lỗi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="28"/>
        <location filename="../../nnviz/gui/shell/status.py" line="57"/>
        <source>step {step}</source>
        <translation>bước {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="29"/>
        <location filename="../../nnviz/gui/shell/status.py" line="58"/>
        <source>epoch {epoch}</source>
        <translation>epoch {epoch}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="30"/>
        <source>loss –</source>
        <translation>mất mát –</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="31"/>
        <source>accuracy –</source>
        <translation>độ chính xác –</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="64"/>
        <source>{cost} {train} · test {test}</source>
        <translation>{cost} {train} · kiểm tra {test}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="72"/>
        <source>accuracy {train}</source>
        <translation>độ chính xác {train}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="75"/>
        <source>accuracy {train} · test {test}</source>
        <translation>độ chính xác {train} · kiểm tra {test}</translation>
    </message>
</context>
<context>
    <name>StepThroughView</name>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="22"/>
        <source>Current step as PNG or SVG…</source>
        <translation>Bước hiện tại dạng PNG hoặc SVG…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="23"/>
        <source>Images (*.png *.svg)</source>
        <translation>Hình ảnh (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="24"/>
        <source>Walk as markdown…</source>
        <translation>Phần đi từng bước dạng markdown…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="25"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="26"/>
        <source>Walk as LaTeX…</source>
        <translation>Phần đi từng bước dạng LaTeX…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="27"/>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="29"/>
        <source>LaTeX (*.tex)</source>
        <translation>LaTeX (*.tex)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/exports.py" line="28"/>
        <source>Walk as Beamer slides…</source>
        <translation>Phần đi từng bước dạng trang chiếu Beamer…</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="36"/>
        <source>forward</source>
        <translation>lan truyền xuôi</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="36"/>
        <source>loss</source>
        <translation>mất mát</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="37"/>
        <source>backward</source>
        <translation>lan truyền ngược</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="37"/>
        <source>gradient</source>
        <translation>gradient</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="38"/>
        <source>update</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="86"/>
        <source>Step {k} of {n}</source>
        <translation>Bước {k} trên {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="89"/>
        <source>layer {l}</source>
        <translation>lớp {l}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="91"/>
        <source>neuron {j}</source>
        <translation>nơ-ron {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="93"/>
        <source>weight from {k}</source>
        <translation>trọng số từ {k}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="94"/>
        <source>sample {i}</source>
        <translation>mẫu {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="120"/>
        <source>(W is {rows}×{cols})</source>
        <translation>(W có cỡ {rows}×{cols})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/lines.py" line="129"/>
        <source>term {i} of {n}: {symbol} = {numbers} = {value}</source>
        <translation>số hạng {i} trên {n}: {symbol} = {numbers} = {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/update_table.py" line="23"/>
        <source>parameter</source>
        <translation>tham số</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/update_table.py" line="23"/>
        <source>old</source>
        <translation>cũ</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/update_table.py" line="24"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="63"/>
        <source>Walk one sample through the network: the forward pass neuron by neuron, the loss, the backward pass and the update, each with its formula, its numbers and its result. Choose a sample and open the walk; the keys (→ ← PageDown PageUp, with Shift per neuron, with Ctrl per phase, Home, End) then step through it.</source>
        <translation>Đưa một mẫu đi qua mạng: lan truyền xuôi từng nơ-ron, mất mát, lan truyền ngược và cập nhật, mỗi bước có công thức, các số và kết quả. Chọn một mẫu rồi mở phần đi từng bước; sau đó các phím (→ ← PageDown PageUp, với Shift theo từng nơ-ron, với Ctrl theo từng giai đoạn, Home, End) đi qua từng bước.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="65"/>
        <source>« First</source>
        <translation>« Đầu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="66"/>
        <source>◀ Phase</source>
        <translation>◀ Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="67"/>
        <source>◀ Neuron</source>
        <translation>◀ Nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="68"/>
        <source>◀ Term</source>
        <translation>◀ Số hạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="69"/>
        <source>Term ▶</source>
        <translation>Số hạng ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="70"/>
        <source>Neuron ▶</source>
        <translation>Nơ-ron ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="71"/>
        <source>Phase ▶</source>
        <translation>Giai đoạn ▶</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="72"/>
        <source>Last »</source>
        <translation>Cuối »</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="122"/>
        <source>sample </source>
        <translation>mẫu </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="123"/>
        <source>the sample to walk through: the training samples, then the test samples</source>
        <translation>mẫu để đi từng bước: các mẫu huấn luyện, rồi đến các mẫu kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="126"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="315"/>
        <source>Open the walk</source>
        <translation>Mở phần đi từng bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="130"/>
        <source>Close ✕</source>
        <translation>Đóng ✕</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="158"/>
        <source>every step of the walk: drag to go to step k</source>
        <translation>mọi bước của phần đi từng bước: kéo để đến bước k</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="176"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="208"/>
        <source>Predict first</source>
        <translation>Đoán trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="177"/>
        <source>hide each result until the next click, so the class can guess it</source>
        <translation>ẩn từng kết quả đến lần nhấp tiếp theo để cả lớp đoán trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="179"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="209"/>
        <source>Layer as a matrix</source>
        <translation>Lớp dạng ma trận</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="180"/>
        <source>z = W a + b for the whole layer, the active row highlighted</source>
        <translation>z = W a + b cho cả lớp, hàng đang xét được tô sáng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="184"/>
        <source>neuron </source>
        <translation>nơ-ron </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="185"/>
        <source>Go</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="186"/>
        <source>go to this neuron in the current phase and layer</source>
        <translation>đến nơ-ron này trong giai đoạn và lớp hiện tại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="188"/>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="210"/>
        <source>Apply this update</source>
        <translation>Áp dụng cập nhật này</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="189"/>
        <source>θ ← θ − η·∂ℓ/∂θ: training continues from the new weights</source>
        <translation>θ ← θ − η·∂ℓ/∂θ: huấn luyện tiếp tục từ các trọng số mới</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="192"/>
        <source>Export ▾</source>
        <translation>Xuất ▾</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="208"/>
        <source>Predict</source>
        <translation>Đoán</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="209"/>
        <source>Matrix</source>
        <translation>Ma trận</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="210"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="226"/>
        <source> (test)</source>
        <translation> (kiểm tra)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="265"/>
        <source>No step-through is open: choose a sample.</source>
        <translation>Chưa mở đi từng bước: hãy chọn một mẫu.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="272"/>
        <source>Export the step-through</source>
        <translation>Xuất phần đi từng bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="284"/>
        <source>Wrote {path}</source>
        <translation>Đã ghi {path}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="293"/>
        <source>this phase and layer have no neuron {j}</source>
        <translation>giai đoạn và lớp này không có nơ-ron {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="314"/>
        <source>Walk this sample</source>
        <translation>Đi từng bước với mẫu này</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/walkthrough/view.py" line="366"/>
        <source>{loss} on this sample: {before} → {after}</source>
        <translation>{loss} trên mẫu này: {before} → {after}</translation>
    </message>
</context>
<context>
    <name>Surfaces</name>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="116"/>
        <source>Bowl</source>
        <translation>Cái bát</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="121"/>
        <source>Long narrow valley</source>
        <translation>Thung lũng dài và hẹp</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="126"/>
        <source>Saddle point</source>
        <translation>Điểm yên ngựa</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="131"/>
        <source>Rosenbrock&apos;s banana valley</source>
        <translation>Thung lũng hình quả chuối của Rosenbrock</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="137"/>
        <source>Several minima (Himmelblau)</source>
        <translation>Nhiều cực tiểu (Himmelblau)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/surfaces.py" line="154"/>
        <source>unknown surface {name!r} (known: {known})</source>
        <translation>mặt không xác định {name!r} (đã biết: {known})</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../nnviz/gui/theme.py" line="73"/>
        <source>the presentation scale must be a number from {low} to {high}, not {value}</source>
        <translation>tỉ lệ trình chiếu phải là một số từ {low} đến {high}, không phải {value}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../nnviz/core/training.py" line="65"/>
        <source>data set {name!r} has {targets} targets but the network has {outputs} outputs</source>
        <translation>tập dữ liệu {name!r} có {targets} mục tiêu nhưng mạng có {outputs} đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="76"/>
        <source>the network has {inputs} inputs but the data set has {features} features</source>
        <translation>mạng có {inputs} đầu vào nhưng tập dữ liệu có {features} đặc trưng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="198"/>
        <source>data set {name!r} has no training samples</source>
        <translation>tập dữ liệu {name!r} không có mẫu huấn luyện nào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="201"/>
        <source>the network has {inputs} inputs but data set {name!r} has {features} features</source>
        <translation>mạng có {inputs} đầu vào nhưng tập dữ liệu {name!r} có {features} đặc trưng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="212"/>
        <source>the target loss must be a finite number, got {value}</source>
        <translation>mất mát mục tiêu phải là một số hữu hạn, nhận được {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="301"/>
        <source>the cost became {value}</source>
        <translation>chi phí trở thành {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="327"/>
        <source>converged after {steps} steps: training loss {loss} ≤ target {target}</source>
        <translation>đã hội tụ sau {steps} bước: mất mát huấn luyện {loss} ≤ mục tiêu {target}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="364"/>
        <source>at step {step}</source>
        <translation>ở bước {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="366"/>
        <source>over steps {first}-{last}</source>
        <translation>qua các bước {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="370"/>
        <source>the loss is exploding: lower the learning rate (now {lr}). The loss per sample went from {low} ({since}) to {high} (over steps {first}-{last}); the parameters are those after step {good}.</source>
        <translation>mất mát đang bùng nổ: hãy giảm tốc độ học (hiện là {lr}). Mất mát trên mỗi mẫu đã tăng từ {low} ({since}) lên {high} (qua các bước {first}-{last}); các tham số là giá trị sau bước {good}.</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="383"/>
        <source>diverged at step {step}: {what}; the parameters are those after step {previous}. Try a smaller learning rate (now {lr}).</source>
        <translation>phân kỳ ở bước {step}: {what}; các tham số là giá trị sau bước {previous}. Hãy thử tốc độ học nhỏ hơn (hiện là {lr}).</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="441"/>
        <source>finished {steps} steps ({epochs} epochs)</source>
        <translation>đã xong {steps} bước ({epochs} epoch)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="474"/>
        <source>give a number of steps or of epochs, not both</source>
        <translation>hãy cho số bước hoặc số epoch, không cho cả hai</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/training.py" line="486"/>
        <source>{what} must be a whole number ≥ {minimum}, got {value!r}</source>
        <translation>{what} phải là một số nguyên ≥ {minimum}, nhận được {value!r}</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="26"/>
        <source>max speed</source>
        <translation>tốc độ tối đa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="27"/>
        <source>{speed} steps/s</source>
        <translation>{speed} bước/giây</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="92"/>
        <source>Transport</source>
        <translation>Điều khiển</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="106"/>
        <location filename="../../nnviz/gui/panels/transport.py" line="149"/>
        <source>Play</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="107"/>
        <source>Play / pause training</source>
        <translation>Chạy / tạm dừng huấn luyện</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="109"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="109"/>
        <source>One step: one forward pass, one backward pass, one update</source>
        <translation>Một bước: một lần lan truyền xuôi, một lần lan truyền ngược, một lần cập nhật</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="112"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="112"/>
        <source>Train to the end of this epoch (one pass over the data)</source>
        <translation>Huấn luyện đến hết epoch này (một lượt qua dữ liệu)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="115"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="116"/>
        <source>Back to the starting parameters, step 0</source>
        <translation>Quay về tham số ban đầu, bước 0</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="124"/>
        <source>Training speed: from 1 step per second to as fast as the machine goes</source>
        <translation>Tốc độ huấn luyện: từ 1 bước mỗi giây đến nhanh nhất máy có thể</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="128"/>
        <source>  speed </source>
        <translation>  tốc độ </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/panels/transport.py" line="148"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../nnviz/gui/views/boundary/view.py" line="70"/>
        <location filename="../../nnviz/gui/views/registry.py" line="13"/>
        <source>Decision boundary</source>
        <translation>Biên quyết định</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/confusion/view.py" line="50"/>
        <location filename="../../nnviz/gui/views/registry.py" line="22"/>
        <source>Confusion matrix</source>
        <translation>Ma trận nhầm lẫn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/detectors/view.py" line="43"/>
        <location filename="../../nnviz/gui/views/registry.py" line="21"/>
        <source>First-layer weights</source>
        <translation>Trọng số lớp đầu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/digit/view.py" line="56"/>
        <location filename="../../nnviz/gui/views/registry.py" line="20"/>
        <source>Digit</source>
        <translation>Chữ số</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/expression/view.py" line="145"/>
        <location filename="../../nnviz/gui/views/registry.py" line="18"/>
        <source>Computational graph</source>
        <translation>Đồ thị tính toán</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/feature_space/view.py" line="64"/>
        <location filename="../../nnviz/gui/views/registry.py" line="15"/>
        <source>Hidden feature space</source>
        <translation>Không gian đặc trưng ẩn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/loss/view.py" line="77"/>
        <location filename="../../nnviz/gui/views/registry.py" line="17"/>
        <source>Loss curve</source>
        <translation>Đường mất mát</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/neuron_curve/view.py" line="52"/>
        <location filename="../../nnviz/gui/views/registry.py" line="19"/>
        <source>Neuron curve</source>
        <translation>Đường cong nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="59"/>
        <location filename="../../nnviz/gui/views/registry.py" line="16"/>
        <source>Optimizer race</source>
        <translation>Đua bộ tối ưu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="11"/>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="12"/>
        <source>Step-through</source>
        <translation>Đi từng bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="14"/>
        <source>Loss surface</source>
        <translation>Mặt mất mát</translation>
    </message>
</context>
<context>
    <name>WalkRouter</name>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="33"/>
        <source>The step-through is at its first term.</source>
        <translation>Đi từng bước đang ở số hạng đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="34"/>
        <source>The step-through is at its last term.</source>
        <translation>Đi từng bước đang ở số hạng cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="35"/>
        <source>The step-through is at its first step.</source>
        <translation>Đi từng bước đang ở bước đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="36"/>
        <source>The step-through is at its last step.</source>
        <translation>Đi từng bước đang ở bước cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="37"/>
        <source>The step-through is at its first neuron.</source>
        <translation>Đi từng bước đang ở nơ-ron đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="38"/>
        <source>The step-through is at its last neuron.</source>
        <translation>Đi từng bước đang ở nơ-ron cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="39"/>
        <source>The step-through is at its first phase.</source>
        <translation>Đi từng bước đang ở giai đoạn đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="40"/>
        <source>The step-through is at its last phase.</source>
        <translation>Đi từng bước đang ở giai đoạn cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="80"/>
        <source>No network to step through yet: wait for it to appear, then try again.</source>
        <translation>Chưa có mạng để đi từng bước: hãy đợi mạng xuất hiện rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="87"/>
        <source>Cannot step through that sample</source>
        <translation>Không thể đi từng bước với mẫu đó</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="94"/>
        <source>Stepping through {sample} ({steps} steps); training is paused.</source>
        <translation>Đang đi từng bước {sample} ({steps} bước); huấn luyện đang tạm dừng.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="107"/>
        <source>No step-through is open: choose a sample and open it first.</source>
        <translation>Chưa mở đi từng bước nào: hãy chọn một mẫu và mở trước.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="112"/>
        <source>Cannot move the step-through</source>
        <translation>Không thể di chuyển trong đi từng bước</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="130"/>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="136"/>
        <source>Cannot apply the update</source>
        <translation>Không thể áp dụng bản cập nhật</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="131"/>
        <source>there is no training to apply it to</source>
        <translation>không có quá trình huấn luyện nào để áp dụng</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="134"/>
        <source>the update</source>
        <translation>bản cập nhật</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="142"/>
        <source>Applied the update: the next step-through starts from the new weights.</source>
        <translation>Đã áp dụng bản cập nhật: lần đi từng bước tiếp theo bắt đầu từ trọng số mới.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="145"/>
        <source>Applied the update of {sample}: the next step-through starts from the new weights.</source>
        <translation>Đã áp dụng bản cập nhật của {sample}: lần đi từng bước tiếp theo bắt đầu từ trọng số mới.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="152"/>
        <source>New data: the step-through closed.</source>
        <translation>Dữ liệu mới: đã đóng đi từng bước.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="158"/>
        <source>The network changed: the step-through closed.</source>
        <translation>Mạng đã thay đổi: đã đóng đi từng bước.</translation>
    </message>
</context>
<context>
    <name>Worked</name>
    <message>
        <location filename="../../nnviz/core/expression_steps.py" line="107"/>
        <source>where the backward pass starts</source>
        <translation>nơi lan truyền ngược bắt đầu</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/expression_steps.py" line="115"/>
        <source>used {n} times: one term per path, added up</source>
        <translation>được dùng {n} lần: mỗi đường đi một số hạng, cộng lại</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="317"/>
        <source>since </source>
        <translation>vì </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="320"/>
        <source>{name} is flat: no gradient flows back through it</source>
        <translation>{name} phẳng: không có gradient nào chảy ngược qua nó</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="393"/>
        <source>before the update: </source>
        <translation>trước khi cập nhật: </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked.py" line="409"/>
        <source>the {shown} largest of {total} terms written out, largest first</source>
        <translation>viết ra {shown} số hạng lớn nhất trong {total} số hạng, lớn nhất trước</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="121"/>
        <source>{name} must be a non-empty list of numbers</source>
        <translation>{name} phải là một danh sách số không rỗng</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="125"/>
        <source>{name}: {value} is not a finite number</source>
        <translation>{name}: {value} không phải là một số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="128"/>
        <source>{name} has {count} but the network has {size}</source>
        <translation>{name} có {count} nhưng mạng có {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="139"/>
        <source>learning rate</source>
        <translation>tốc độ học</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="140"/>
        <source>{name} must be a positive number, got {value}</source>
        <translation>{name} phải là một số dương, nhận được {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="158"/>
        <source>input</source>
        <translation>đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="160"/>
        <source>a learning rate needs a target: the update follows the loss gradient</source>
        <translation>tốc độ học cần một mục tiêu: bước cập nhật đi theo gradient của mất mát</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="162"/>
        <source>target</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="178"/>
        <source>the forward pass overflows: the weights or inputs are too large</source>
        <translation>lan truyền xuôi bị tràn số: trọng số hoặc đầu vào quá lớn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="187"/>
        <source>the loss or its gradient overflows: the weights or inputs are too large</source>
        <translation>mất mát hoặc gradient của nó bị tràn số: trọng số hoặc đầu vào quá lớn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="197"/>
        <source>the update overflows: use a smaller learning rate</source>
        <translation>bước cập nhật bị tràn số: hãy dùng tốc độ học nhỏ hơn</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="229"/>
        <source>{n} number</source>
        <translation>{n} số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="229"/>
        <source>{n} numbers</source>
        <translation>{n} số</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="230"/>
        <source>{n} input</source>
        <translation>{n} đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="230"/>
        <source>{n} inputs</source>
        <translation>{n} đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="231"/>
        <source>{n} output</source>
        <translation>{n} đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_numbers.py" line="231"/>
        <source>{n} outputs</source>
        <translation>{n} đầu ra</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="76"/>
        <source> if </source>
        <translation> nếu </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="76"/>
        <source>, else </source>
        <translation>, ngược lại </translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="86"/>
        <source>mistake</source>
        <translation>sai</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="89"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="90"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/worked_perceptron.py" line="98"/>
        <source>no mistake: w and b stay as they are</source>
        <translation>không sai: w và b giữ nguyên</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../nnviz/gui/worker.py" line="47"/>
        <source>training</source>
        <translation>huấn luyện</translation>
    </message>
</context>
</TS>
