<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>App</name>
    <message>
        <location filename="../../nnviz/gui/app.py" line="55"/>
        <source>no display to open the app on (DISPLAY is not set); `nnviz render --out FILE.png` draws the window to an image instead</source>
        <translation>không có màn hình để mở ứng dụng (DISPLAY chưa được đặt); `nnviz render --out FILE.png` sẽ vẽ cửa sổ ra một tệp ảnh</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../nnviz/cli.py" line="65"/>
        <source>--lang {code}: unknown language; choose one of {choices}</source>
        <translation>--lang {code}: ngôn ngữ không xác định; hãy chọn một trong {choices}</translation>
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
    <name>Folders</name>
    <message>
        <location filename="../../nnviz/core/folders.py" line="31"/>
        <source>{folder}: the folder {parent} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="34"/>
        <source>{folder}: is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="37"/>
        <source>{folder}: cannot write (permission denied: the folder {parent} is not writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="43"/>
        <source>{folder}: holds other files ({names}); choose a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="77"/>
        <source>; the existing folder is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/core/folders.py" line="79"/>
        <source>{folder}: cannot write ({reason}){kept}</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../nnviz/gui/views/graph/describe.py" line="119"/>
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
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="65"/>
        <source>{head} = {a0} = {value} (sample {i})</source>
        <translation>{head} = {a0} = {value} (mẫu {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="82"/>
        <source>… ({n} more)</source>
        <translation>… (thêm {n})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="92"/>
        <source>neuron {j} of output ({activation})</source>
        <translation>nơ-ron {j} của lớp đầu ra ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="94"/>
        <source>neuron {j} of layer {l} ({activation})</source>
        <translation>nơ-ron {j} của lớp {l} ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="97"/>
        <source>(no data for this network: choose a data set to see z and a)</source>
        <translation>(không có dữ liệu cho mạng này: chọn một tập dữ liệu để xem z và a)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="102"/>
        <source>(each sample&apos;s {a}, averaged: choose one sample to see the numbers in the formula)</source>
        <translation>({a} của từng mẫu, lấy trung bình: chọn một mẫu để xem các số trong công thức)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="113"/>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="200"/>
        <source>sample {i}</source>
        <translation>mẫu {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="115"/>
        <source>{name} = {value}: click to edit</source>
        <translation>{name} = {value}: nhấp để sửa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="142"/>
        <source>inputs ({n})</source>
        <translation>đầu vào ({n})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="144"/>
        <source>x: {rows}×{cols}
= {n} inputs</source>
        <translation>x: {rows}×{cols}
= {n} đầu vào</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="148"/>
        <source>output ({n})
{activation}</source>
        <translation>đầu ra ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="150"/>
        <source>layer {l} ({n})
{activation}</source>
        <translation>lớp {l} ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="154"/>
        <source>
{quantity} scale ±{scale}</source>
        <translation>
thang {quantity} ±{scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="216"/>
        <source>{name}·x = Σₖ {wk}·xₖ: what the picture sends into {z}</source>
        <translation>{name}·x = Σₖ {wk}·xₖ: những gì bức ảnh gửi vào {z}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="222"/>
        <source> (sample {i})</source>
        <translation> (mẫu {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="224"/>
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
        <location filename="../../nnviz/gui/views/graph/editor.py" line="28"/>
        <source> (type e.g. 0.5 or -1.2)</source>
        <translation> (nhập ví dụ 0.5 hoặc -1.2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="31"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="75"/>
        <source>Reset: back to the starting parameters, step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="76"/>
        <source>Training restarts from the chosen point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="237"/>
        <source>The {view} view cannot show the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="243"/>
        <source>The {view} view stopped drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="319"/>
        <source>This lesson has no steps to page through: Space plays, Right trains one step, Ctrl+T steps through the selected sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="355"/>
        <source>Cannot open the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="362"/>
        <source>Lesson: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="366"/>
        <source>Open a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="367"/>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="375"/>
        <source>Cannot open the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="376"/>
        <source>Open a data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="377"/>
        <source>Data files (*.csv *.txt *idx*-ubyte *idx*-ubyte.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="385"/>
        <source>Open the labels of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="387"/>
        <source>IDX labels (*idx1-ubyte *idx1-ubyte.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="399"/>
        <source>{name}: {train} training and {test} test samples, {w}×{h} images (test share {share}): training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="403"/>
        <source>{name}: {train} training and {test} test samples (test share {share}): training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="411"/>
        <source>Open a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="412"/>
        <source>nnviz models (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="424"/>
        <source>Cannot open the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="429"/>
        <source>Loaded the model {path}: training starts from its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="435"/>
        <source>Nothing to save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="436"/>
        <source>Wait for the network to appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="438"/>
        <source>Save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="439"/>
        <source>nnviz models (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="445"/>
        <source>Cannot save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="447"/>
        <source>Saved the model at step {step} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="457"/>
        <source>Export as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="458"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="465"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="467"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="497"/>
        <source>The data changed: training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="499"/>
        <source>The network changed: training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="501"/>
        <source>The cost changed: training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="503"/>
        <source>The training rule changed: training starts again from step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="508"/>
        <source>{optimizer}, η = {rate}: applies from the next step, no reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="539"/>
        <source>Training stopped by an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="546"/>
        <source>Training diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="547"/>
        <source>{message}

The last good parameters stay on screen; lower the learning rate η in the settings, then press play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="564"/>
        <source>could not open {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="570"/>
        <source>{title}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="591"/>
        <source>Cannot set up the race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="607"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/main_window.py" line="619"/>
        <source>That choice does not work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="32"/>
        <source>next / previous step of the lesson (of the step-through while it is open, then on to the lesson&apos;s next step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="34"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="34"/>
        <source>play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="35"/>
        <source>enter / leave lecture mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="36"/>
        <source>B or .  /  W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="37"/>
        <source>black / white screen in lecture mode (any key comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="41"/>
        <source>Right / Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="41"/>
        <source>next / previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="42"/>
        <source>Shift + Right / Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="43"/>
        <source>next / previous neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="44"/>
        <source>Ctrl + Right / Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="45"/>
        <source>next / previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="46"/>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="46"/>
        <source>first / last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="50"/>
        <source>Network graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="51"/>
        <source>hover a neuron or a weight: its formula and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="52"/>
        <source>click a weight or a neuron (its bias): type a new value, Enter sets, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="54"/>
        <source>wheel: zoom;  drag: pan;  Fit: the whole network again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="55"/>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="56"/>
        <source>click a training point: select it (every view follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="57"/>
        <source>double-click a training point: step through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="58"/>
        <source>Loss surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="59"/>
        <source>click the map: restart training from that point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="60"/>
        <source>Optimizer race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="61"/>
        <source>click the map: start the race from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="62"/>
        <source>Step-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="63"/>
        <source>drag the slider: go to step k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="64"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="65"/>
        <source>drag a title bar: move the panel; double-click it: float / dock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="67"/>
        <source>Lesson panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="68"/>
        <source>Prev / Next, or the step list: go to any step of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="69"/>
        <source>Lecture mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="70"/>
        <source>Prev / Next: previous / next step; click a black or white screen: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/shell/menus.py" line="108"/>
        <source>{title} (%n step(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="127"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="128"/>
        <source>&amp;Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="129"/>
        <source>&amp;Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="130"/>
        <source>Open &amp;data set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="132"/>
        <source>&amp;Export window as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="134"/>
        <source>Export &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="138"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="143"/>
        <source>Step &amp;through the selected sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="145"/>
        <source>&amp;Leave the step-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="147"/>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="161"/>
        <source>&amp;Open a lesson file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="162"/>
        <source>&amp;Save as lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="164"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="165"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="166"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="168"/>
        <source>Presentation &amp;scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="176"/>
        <source>&amp;Larger (presentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="177"/>
        <source>S&amp;maller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="178"/>
        <source>&amp;Dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="180"/>
        <source>&amp;High contrast (washed-out projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="184"/>
        <source>L&amp;ecture mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="187"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="188"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="189"/>
        <source>&amp;About nnviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="221"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="222"/>
        <source>Presenter keys (whatever has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="223"/>
        <source>In the step-through (graph or panel focused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="225"/>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="254"/>
        <source>Keyboard shortcuts and mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="281"/>
        <source>About nnviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/menus.py" line="282"/>
        <source>nnviz {version}

Watch neural networks learn: the weights, the decision boundary, the loss and the loss surface, live.
A NumPy core with PySide6 and pyqtgraph.</source>
        <translation type="unfinished"></translation>
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
    <name>Render</name>
    <message>
        <location filename="../../nnviz/commands/render.py" line="42"/>
        <source>train, then save a picture of the app&apos;s window (no display needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="47"/>
        <source>the PNG to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="48"/>
        <source>window size (1600x1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="49"/>
        <source>start from this lesson (xor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="50"/>
        <source>the dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="52"/>
        <source>presentation scale: fonts and lines S times larger (1, 1.25, 1.5, 2; 0.5 to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="55"/>
        <source>show the step-through open at step K (from 1) of the final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="58"/>
        <source>lecture mode: the lesson&apos;s views large, the narration strip, no settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="61"/>
        <source>show the lesson after step K of its script (0: its start; nnviz lessons lists the step counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="64"/>
        <source>the sample to step through, from 1: the training samples, then the test samples (default 1; needs --walkthrough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="68"/>
        <source>training steps before the picture (default {steps}; 0: the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="79"/>
        <source>--size {text}: expected WIDTHxHEIGHT in pixels, e.g. 1600x1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="91"/>
        <source>--out {text}: the picture is a PNG, give a file name ending in .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="143"/>
        <source>--layers {layers}: the data set {name} has {n} features, so N0 must be {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="160"/>
        <source>--layers {layers}: the data set {name} needs {n} output neurons with a {activation} output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="205"/>
        <source>--sample {sample}: needs --walkthrough K, the step to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="231"/>
        <source>wrote {path} ({w}x{h}) after {steps} steps: {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="251"/>
        <source>--lesson-step {step} (the lesson&apos;s steps set the data, the network and the training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="262"/>
        <source>step {number} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="264"/>
        <source>its start: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="267"/>
        <source>wrote {path} ({w}x{h}): lesson {lesson}, {where}; {trained}, {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="277"/>
        <source>the step-through of sample {sample} at step {step} of {count}: {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="284"/>
        <source>train loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="285"/>
        <source>train loss {loss}, train accuracy {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="356"/>
        <source>--sample {sample}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/commands/render.py" line="360"/>
        <source>--walkthrough {step}: the step-through of sample {sample} has {n} steps, numbered 1 to {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="96"/>
        <source>Step {number} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="107"/>
        <source>sample {sample}: the data set has samples 1 to {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="115"/>
        <source>the step-through of this network has {n} steps, more than a deck of {limit} pictures; export it from the Step-through panel as Beamer slides instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="124"/>
        <source>{sample}, step {k} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="175"/>
        <source>Export slide deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="176"/>
        <source>Export the lesson as a slide deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="182"/>
        <source>Drawing the slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="183"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/slide_deck.py" line="190"/>
        <source>Picture {done} of {total}: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlidesCommand</name>
    <message>
        <location filename="../../nnviz/commands/slides.py" line="65"/>
        <source>wrote {folder}: {lesson} pictures of the lesson {name}, {walk} of the step-through</source>
        <translation type="unfinished"></translation>
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
    <name>Views</name>
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
        <location filename="../../nnviz/gui/views/registry.py" line="13"/>
        <source>Decision boundary</source>
        <translation>Biên quyết định</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="14"/>
        <source>Loss surface</source>
        <translation>Mặt mất mát</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="15"/>
        <source>Hidden feature space</source>
        <translation>Không gian đặc trưng ẩn</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="17"/>
        <source>Loss curve</source>
        <translation>Đường cong mất mát</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="18"/>
        <source>Computational graph</source>
        <translation>Đồ thị tính toán</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="19"/>
        <source>Neuron curve</source>
        <translation>Đường cong nơ-ron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="20"/>
        <source>Digit</source>
        <translation>Chữ số</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="21"/>
        <source>First-layer weights</source>
        <translation>Trọng số lớp đầu</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="22"/>
        <source>Confusion matrix</source>
        <translation>Ma trận nhầm lẫn</translation>
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
</TS>
