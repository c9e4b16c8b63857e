<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>App</name>
    <message>
        <location filename="../../nnviz/gui/app.py" line="55"/>
        <source>no display to open the app on (DISPLAY is not set); `nnviz render --out FILE.png` draws the window to an image instead</source>
        <translation>não há tela para abrir o aplicativo (DISPLAY não está definido); `nnviz render --out FILE.png` desenha a janela em uma imagem</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../nnviz/cli.py" line="65"/>
        <source>--lang {code}: unknown language; choose one of {choices}</source>
        <translation>--lang {code}: idioma desconhecido; escolha um de {choices}</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="58"/>
        <source>kind must be one of {kinds} (or None: detect), not {kind}</source>
        <translation>kind deve ser um de {kinds} (ou None: detectar), não {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="65"/>
        <location filename="../../nnviz/core/data/idx.py" line="232"/>
        <source>{path}: the file is empty (no rows)</source>
        <translation>{path}: o arquivo está vazio (sem linhas)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="68"/>
        <source>{path}: line {line} has a single column; need at least one feature column and the target as the last column, separated by &apos;,&apos;, &apos;;&apos; or tab</source>
        <translation>{path}: a linha {line} tem uma única coluna; é preciso ao menos uma coluna de característica e o alvo como última coluna, separados por &apos;,&apos;, &apos;;&apos; ou tab</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="76"/>
        <location filename="../../nnviz/core/data/idx.py" line="237"/>
        <source>{path}: no data rows after the header on line {line}</source>
        <translation>{path}: nenhuma linha de dados após o cabeçalho na linha {line}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="81"/>
        <source>{path}: line {line} has {cells}, line {first} has {width} ({column} is missing)</source>
        <translation>{path}: a linha {line} tem {cells}, a linha {first} tem {width} ({column} falta)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="83"/>
        <source>{path}: line {line} has {cells}, line {first} has {width} ({column} is extra)</source>
        <translation>{path}: a linha {line} tem {cells}, a linha {first} tem {width} ({column} sobra)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="98"/>
        <source>{path}: the target, {column}, holds the single value {value}; classification needs at least two classes</source>
        <translation>{path}: o alvo, {column}, tem um único valor {value}; a classificação precisa de pelo menos duas classes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="164"/>
        <source>{path}: line {line}, column {column}: a quoted cell runs on to line {end} (is a closing quote missing?)</source>
        <translation>{path}: linha {line}, coluna {column}: uma célula entre aspas continua até a linha {end} (falta fechar as aspas?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="174"/>
        <source>{path}: line {line}: {error}</source>
        <translation>{path}: linha {line}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="193"/>
        <source>1 cell</source>
        <translation>1 célula</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="193"/>
        <source>{k} cells</source>
        <translation>{k} células</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="199"/>
        <source>column {j} ({name})</source>
        <translation>coluna {j} ({name})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="200"/>
        <source>column {j}</source>
        <translation>coluna {j}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="216"/>
        <source>{path}: line {line}, {column}</source>
        <translation>{path}: linha {line}, {column}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="219"/>
        <source>{where}: empty cell; every cell must be a number</source>
        <translation>{where}: célula vazia; toda célula deve ser um número</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="224"/>
        <source> (write decimals with &apos;.&apos;)</source>
        <translation> (escreva decimais com &apos;.&apos;)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="226"/>
        <source> (if this line is a header, load with header=True)</source>
        <translation> (se esta linha for um cabeçalho, carregue com header=True)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="227"/>
        <source>{where}: {cell} is not a number{hint}</source>
        <translation>{where}: {cell} não é um número{hint}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/csv_loader.py" line="230"/>
        <source>{where}: {cell} is not a finite number</source>
        <translation>{where}: {cell} não é um número finito</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="62"/>
        <source>{name}: a {rows}×{cols} image has {pixels} pixels, not {inputs} inputs</source>
        <translation>{name}: uma imagem {rows}×{cols} tem {pixels} pixels, não {inputs} entradas</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="78"/>
        <source>{name} has samples 1 to {n}, not {i}</source>
        <translation>{name} tem as amostras 1 a {n}, não {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="88"/>
        <source>training sample {i}</source>
        <translation>amostra de treino {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="89"/>
        <source>test sample {i}</source>
        <translation>amostra de teste {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="118"/>
        <source>{name} has {k} classes: the output layer needs {k} neurons, not 1</source>
        <translation>{name} tem {k} classes: a camada de saída precisa de {k} neurônios, não 1</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/dataset.py" line="123"/>
        <source>{name} has {k} classes but the output layer has {n} neurons</source>
        <translation>{name} tem {k} classes mas a camada de saída tem {n} neurônios</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="52"/>
        <source>nnviz reads a CSV table (the target last), a digit CSV (label, then the pixels) and IDX images (train-images-idx3-ubyte, .gz or not)</source>
        <translation>o nnviz lê uma tabela CSV (o alvo por último), um CSV de dígitos (rótulo, depois os pixels) e imagens IDX (train-images-idx3-ubyte, .gz ou não)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="79"/>
        <location filename="../../nnviz/core/data/idx.py" line="144"/>
        <source>{path}: the gzip data is damaged or cut short ({error})</source>
        <translation>{path}: os dados gzip estão danificados ou incompletos ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="80"/>
        <location filename="../../nnviz/core/data/idx.py" line="104"/>
        <location filename="../../nnviz/core/data/idx.py" line="146"/>
        <source>{path}: cannot read ({error})</source>
        <translation>{path}: não foi possível ler ({error})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="84"/>
        <source>{path}: is an IDX label file; open its images (e.g. train-images-idx3-ubyte.gz) and give this file as their labels</source>
        <translation>{path}: é um arquivo de rótulos IDX; abra as imagens dele (p. ex. train-images-idx3-ubyte.gz) e informe este arquivo como os rótulos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="90"/>
        <source>{path}: not a file nnviz reads (gzip data that is not IDX images): {accepted}</source>
        <translation>{path}: não é um arquivo que o nnviz lê (dados gzip que não são imagens IDX): {accepted}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="92"/>
        <source>{path}: not a file nnviz reads (binary data, not IDX images): {accepted}</source>
        <translation>{path}: não é um arquivo que o nnviz lê (dados binários, não imagens IDX): {accepted}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="165"/>
        <source>{labels}: a labels file goes with IDX images, but {path} is a CSV table (its last column is the target)</source>
        <translation>{labels}: um arquivo de rótulos acompanha imagens IDX, mas {path} é uma tabela CSV (a última coluna é o alvo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="170"/>
        <source>{path}: holds digit images, classification into ten classes, not {kind}</source>
        <translation>{path}: contém imagens de dígitos, classificação em dez classes, não {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="174"/>
        <source>{labels}: a labels file goes with IDX images; the digit CSV {path} has its labels in its first column</source>
        <translation>{labels}: um arquivo de rótulos acompanha imagens IDX; o CSV de dígitos {path} tem os rótulos na primeira coluna</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="189"/>
        <source>give the labels file (nnviz train --data-labels FILE; a lesson: labels_file = &quot;FILE&quot;; the app asks for it)</source>
        <translation>informe o arquivo de rótulos (nnviz train --data-labels FILE; numa lição: labels_file = &quot;FILE&quot;; o aplicativo pede)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="194"/>
        <source>{path}: IDX images need their labels, and this name does not follow MNIST&apos;s (…-images-idx3-ubyte → …-labels-idx1-ubyte): {how}</source>
        <translation>{path}: imagens IDX precisam dos seus rótulos, e este nome não segue o padrão do MNIST (…-images-idx3-ubyte → …-labels-idx1-ubyte): {how}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="197"/>
        <source>{path}: IDX images need their labels: no {guess} (or {guess}.gz) beside it in {folder}; {how}</source>
        <translation>{path}: imagens IDX precisam dos seus rótulos: não há {guess} (nem {guess}.gz) ao lado em {folder}; {how}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/files.py" line="213"/>
        <source>{path}: holds no images</source>
        <translation>{path}: não contém imagens</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="308"/>
        <source>unknown data set {name}; choose one of: {names}</source>
        <translation>conjunto de dados desconhecido {name}; escolha um de: {names}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="351"/>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what} deve ser um número inteiro, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="360"/>
        <source>{name}: n must be from {min} to {max}, got {value}</source>
        <translation>{name}: n deve ser de {min} a {max}, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="368"/>
        <location filename="../../nnviz/core/data/generators.py" line="373"/>
        <source>{what} must be a number, not {value}</source>
        <translation>{what} deve ser um número, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="376"/>
        <source>{what} must be a finite number, not {value}</source>
        <translation>{what} deve ser um número finito, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="386"/>
        <source>{name}: noise must be at least 0, got {value:g}</source>
        <translation>{name}: noise deve ser no mínimo 0, recebido {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="388"/>
        <source>{name}: noise must be at least 0 and at most {max:g}, got {value:g}</source>
        <translation>{name}: noise deve ser no mínimo 0 e no máximo {max:g}, recebido {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="396"/>
        <source>test_ratio must be in [0, 1), got {value:g}</source>
        <translation>test_ratio deve estar em [0, 1), recebido {value:g}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="403"/>
        <source>seed must be 0 or more, got {value}</source>
        <translation>seed deve ser 0 ou mais, recebido {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="412"/>
        <source>{name}: unknown option {key}; its options are: {options}</source>
        <translation>{name}: opção desconhecida {key}; as opções são: {options}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="414"/>
        <source>{name}: unknown option {key}; it takes no options</source>
        <translation>{name}: opção desconhecida {key}; ele não aceita opções</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="418"/>
        <source>{name}: labels must be one of {forms}, not {value}</source>
        <translation>{name}: labels deve ser um de {forms}, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/generators.py" line="423"/>
        <source>{name}: option {key}</source>
        <translation>{name}: opção {key}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="42"/>
        <source>an IDX image file</source>
        <translation>um arquivo de imagens IDX</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="43"/>
        <source>an IDX label file</source>
        <translation>um arquivo de rótulos IDX</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="53"/>
        <source>{path}: the header says the images are {rows}x{cols} pixels; expected 1 to {max} pixels a side (is this really an IDX image file?)</source>
        <translation>{path}: o cabeçalho diz que as imagens têm {rows}x{cols} pixels; esperado de 1 a {max} pixels por lado (isto é mesmo um arquivo de imagens IDX?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="58"/>
        <source>{n} images of {rows}x{cols} pixels</source>
        <translation>{n} imagens de {rows}x{cols} pixels</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="68"/>
        <source>{n} labels</source>
        <translation>{n} rótulos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="73"/>
        <source>{path}: label {label} at position {i} of {n} is outside 0..9 (1 label out of range); expected digit labels</source>
        <translation>{path}: o rótulo {label} na posição {i} de {n} está fora de 0..9 (1 rótulo fora do intervalo); esperados rótulos de dígitos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="75"/>
        <source>{path}: label {label} at position {i} of {n} is outside 0..9 ({bad} labels out of range); expected digit labels</source>
        <translation>{path}: o rótulo {label} na posição {i} de {n} está fora de 0..9 ({bad} rótulos fora do intervalo); esperados rótulos de dígitos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="86"/>
        <source>{images_path} and {labels_path} do not match: {images} images but {labels} labels</source>
        <translation>{images_path} e {labels_path} não combinam: {images} imagens mas {labels} rótulos</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="154"/>
        <source>{path}: truncated: {n} bytes, too short for the 4-byte magic number of {kind}</source>
        <translation>{path}: incompleto: {n} bytes, curto demais para o número mágico de 4 bytes de {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="159"/>
        <source> (that is {kind})</source>
        <translation> (isso é {kind})</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="161"/>
        <source>{path}: wrong magic number 0x{found:08X}{hint}; expected 0x{magic:08X} for {kind}</source>
        <translation>{path}: número mágico errado 0x{found:08X}{hint}; esperado 0x{magic:08X} para {kind}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="165"/>
        <source>{path}: truncated header: expected {size} bytes, found {found}</source>
        <translation>{path}: cabeçalho incompleto: esperados {size} bytes, encontrados {found}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="170"/>
        <source>{path}: the header says {n} images; at most {max:,} are accepted (is this really {kind}?)</source>
        <translation>{path}: o cabeçalho diz {n} imagens; no máximo {max:,} são aceitas (isto é mesmo {kind}?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="172"/>
        <source>{path}: the header says {n} labels; at most {max:,} are accepted (is this really {kind}?)</source>
        <translation>{path}: o cabeçalho diz {n} rótulos; no máximo {max:,} são aceitos (isto é mesmo {kind}?)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="183"/>
        <source>{path}: truncated: the header promises {what}, {expected} bytes in all; the file has {size}</source>
        <translation>{path}: incompleto: o cabeçalho promete {what}, {expected} bytes ao todo; o arquivo tem {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="189"/>
        <source>{path}: truncated: the header promises {what}, {expected} bytes in all (uncompressed); found {found}</source>
        <translation>{path}: incompleto: o cabeçalho promete {what}, {expected} bytes ao todo (descomprimidos); encontrados {found}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="198"/>
        <source>{n} more bytes</source>
        <translation>mais {n} bytes</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="199"/>
        <source>more data</source>
        <translation>mais dados</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="200"/>
        <source>{path}: the file goes on after the {expected} bytes the header promises ({what}; found {more}): the header or the file is wrong</source>
        <translation>{path}: o arquivo continua depois dos {expected} bytes que o cabeçalho promete ({what}; encontrados {more}): o cabeçalho ou o arquivo está errado</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="221"/>
        <source>{path}: not a text file (it contains NUL bytes); expected CSV text</source>
        <translation>{path}: não é um arquivo de texto (contém bytes NUL); esperado texto CSV</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="227"/>
        <source>{path}: not a UTF-8 text file (line {line} has a byte that is not UTF-8)</source>
        <translation>{path}: não é um arquivo de texto UTF-8 (a linha {line} tem um byte que não é UTF-8)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="244"/>
        <source>{path}: line {line} has {width} values: a label and {pixels} pixels; the pixels must make a square image (784 = 28x28, 256 = 16x16)</source>
        <translation>{path}: a linha {line} tem {width} valores: um rótulo e {pixels} pixels; os pixels devem formar uma imagem quadrada (784 = 28x28, 256 = 16x16)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="251"/>
        <source>{path}: line {line} has {count} values, line {first} has {width} (a label and {pixels} pixels)</source>
        <translation>{path}: a linha {line} tem {count} valores, a linha {first} tem {width} (um rótulo e {pixels} pixels)</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="263"/>
        <source>{path}: could not read the numbers</source>
        <translation>{path}: não foi possível ler os números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="269"/>
        <source>{path}: line {line}, column 1: label {label} is outside 0..9</source>
        <translation>{path}: linha {line}, coluna 1: o rótulo {label} está fora de 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="275"/>
        <source>{path}: line {line}, column {column}: pixel value {value} is outside 0..255</source>
        <translation>{path}: linha {line}, coluna {column}: o valor de pixel {value} está fora de 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="309"/>
        <source>{where}: label {cell} is outside 0..9</source>
        <translation>{where}: o rótulo {cell} está fora de 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="310"/>
        <source>{where}: pixel value {cell} is outside 0..255</source>
        <translation>{where}: o valor de pixel {cell} está fora de 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="312"/>
        <source>{where}: the cell is empty; expected a label 0..9</source>
        <translation>{where}: a célula está vazia; esperado um rótulo 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="313"/>
        <source>{where}: the cell is empty; expected a pixel value 0..255</source>
        <translation>{where}: a célula está vazia; esperado um valor de pixel 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="316"/>
        <source>{where}: {cell} is not a whole number; expected a label 0..9</source>
        <translation>{where}: {cell} não é um número inteiro; esperado um rótulo 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="318"/>
        <source>{where}: {cell} is not a whole number; expected a pixel value 0..255</source>
        <translation>{where}: {cell} não é um número inteiro; esperado um valor de pixel 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="321"/>
        <source>{where}: {cell} is not a number; expected a label 0..9</source>
        <translation>{where}: {cell} não é um número; esperado um rótulo 0..9</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="323"/>
        <source>{where}: {cell} is not a number; expected a pixel value 0..255</source>
        <translation>{where}: {cell} não é um número; esperado um valor de pixel 0..255</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="325"/>
        <source>{path}: line {line}, column {column}</source>
        <translation>{path}: linha {line}, coluna {column}</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/idx.py" line="328"/>
        <source>{path}: line {line}: cannot read the numbers</source>
        <translation>{path}: linha {line}: não foi possível ler os números</translation>
    </message>
    <message>
        <location filename="../../nnviz/core/data/split.py" line="41"/>
        <source>test_ratio {ratio:g} puts {n_test} of {n} samples in the test set and leaves too few for training</source>
        <translation>test_ratio {ratio:g} coloca {n_test} de {n} amostras no conjunto de teste e deixa poucas demais para o treinamento</translation>
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
        <translation>de {source} para {target}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="45"/>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="119"/>
        <source>{name} = {value} (last step)</source>
        <translation>{name} = {value} (último passo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="47"/>
        <source>click to edit</source>
        <translation>clique para editar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="59"/>
        <source>{head} = {a0}: input {k} of {n}</source>
        <translation>{head} = {a0}: entrada {k} de {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="65"/>
        <source>{head} = {a0} = {value} (sample {i})</source>
        <translation>{head} = {a0} = {value} (amostra {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="82"/>
        <source>… ({n} more)</source>
        <translation>… (mais {n})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="92"/>
        <source>neuron {j} of output ({activation})</source>
        <translation>neurônio {j} da saída ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="94"/>
        <source>neuron {j} of layer {l} ({activation})</source>
        <translation>neurônio {j} da camada {l} ({activation})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="97"/>
        <source>(no data for this network: choose a data set to see z and a)</source>
        <translation>(sem dados para esta rede: escolha um conjunto de dados para ver z e a)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="102"/>
        <source>(each sample&apos;s {a}, averaged: choose one sample to see the numbers in the formula)</source>
        <translation>({a} de cada amostra, em média: escolha uma amostra para ver os números na fórmula)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="113"/>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="200"/>
        <source>sample {i}</source>
        <translation>amostra {i}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="115"/>
        <source>{name} = {value}: click to edit</source>
        <translation>{name} = {value}: clique para editar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="142"/>
        <source>inputs ({n})</source>
        <translation>entradas ({n})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="144"/>
        <source>x: {rows}×{cols}
= {n} inputs</source>
        <translation>x: {rows}×{cols}
= {n} entradas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="148"/>
        <source>output ({n})
{activation}</source>
        <translation>saída ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="150"/>
        <source>layer {l} ({n})
{activation}</source>
        <translation>camada {l} ({n})
{activation}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="154"/>
        <source>
{quantity} scale ±{scale}</source>
        <translation>
escala de {quantity} ±{scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="216"/>
        <source>{name}·x = Σₖ {wk}·xₖ: what the picture sends into {z}</source>
        <translation>{name}·x = Σₖ {wk}·xₖ: o que a imagem envia para {z}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="222"/>
        <source> (sample {i})</source>
        <translation> (amostra {i})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/describe.py" line="224"/>
        <source>blue: the picture excites the neuron, orange: it inhibits it</source>
        <translation>azul: a imagem excita o neurônio, laranja: a imagem o inibe</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/edges.py" line="50"/>
        <source>{quantity} / scale of its layer</source>
        <translation>{quantity} / escala da sua camada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="24"/>
        <source>type a number, e.g. 0.5 or -1.2</source>
        <translation>digite um número, p. ex. 0.5 ou -1.2</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="28"/>
        <source> (type e.g. 0.5 or -1.2)</source>
        <translation> (digite p. ex. 0.5 ou -1.2)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/editor.py" line="31"/>
        <source>{value} is too large: keep |value| ≤ {limit}</source>
        <translation>{value} é grande demais: mantenha |valor| ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/input_image.py" line="222"/>
        <source>lines: {w}·x, ±{scale}</source>
        <translation>linhas: {w}·x, ±{scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/input_image.py" line="225"/>
        <source>
on x: {name}</source>
        <translation>
sobre x: {name}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="33"/>
        <source>low</source>
        <translation>baixo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="33"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="34"/>
        <source>edge colour: the sign and size of what the edges show (w or ∂C/∂w), up to the scale written at the ends</source>
        <translation>cor das arestas: o sinal e o tamanho do que as arestas mostram (w ou ∂C/∂w), até a escala escrita nas pontas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/legends.py" line="35"/>
        <source>neuron fill: the activation a, from the lowest to the highest of its layer</source>
        <translation>preenchimento do neurônio: a ativação a, da menor à maior da sua camada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="26"/>
        <source>no data set: neurons unfilled</source>
        <translation>sem conjunto de dados: neurônios sem preenchimento</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="28"/>
        <source>the data has {features} inputs, the network {inputs}: neurons unfilled</source>
        <translation>os dados têm {features} entradas, a rede {inputs}: neurônios sem preenchimento</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="31"/>
        <source>the data set is empty</source>
        <translation>o conjunto de dados está vazio</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="40"/>
        <source>mean over 1 sample</source>
        <translation>média sobre 1 amostra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/status.py" line="41"/>
        <source>mean over %n samples</source>
        <translation>
            <numerusform>média sobre %n amostra</numerusform>
            <numerusform>média sobre %n amostras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="43"/>
        <source>mean over 1 sample of {total}</source>
        <translation>média sobre 1 amostra de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nnviz/gui/views/graph/status.py" line="44"/>
        <source>mean over %n samples of {total}</source>
        <translation>
            <numerusform>média sobre %n amostra de {total}</numerusform>
            <numerusform>média sobre %n amostras de {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="49"/>
        <source>; step-through: step {k} of {n}</source>
        <translation>; passo a passo: passo {k} de {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/status.py" line="51"/>
        <source>no gradient before the first step</source>
        <translation>sem gradiente antes do primeiro passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/texts.py" line="69"/>
        <source>⋮ {n} more</source>
        <translation>⋮ mais {n}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="26"/>
        <source>write every weight and bias on the graph (or their gradients)</source>
        <translation>escrever cada peso e viés no grafo (ou seus gradientes)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="61"/>
        <source>colour the edges by the weights w or by the gradient ∂C/∂w of the last step</source>
        <translation>colorir as arestas pelos pesos w ou pelo gradiente ∂C/∂w do último passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="63"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="63"/>
        <source>per layer</source>
        <translation>por camada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="64"/>
        <source>fixed</source>
        <translation>fixa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="65"/>
        <source>colour scale: max |w| of the network (global) or of each layer, rounded up; or a fixed range you set</source>
        <translation>escala de cores: o máximo de |w| da rede (global) ou de cada camada, arredondado para cima; ou uma faixa fixa que você define</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="70"/>
        <source>the fixed colour range</source>
        <translation>a faixa de cores fixa</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="72"/>
        <source>mean</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="72"/>
        <source>sample</source>
        <translation>amostra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="73"/>
        <source>fill the neurons with the activation averaged over the data, or with one sample&apos;s</source>
        <translation>preencher os neurônios com a ativação média sobre os dados, ou com a de uma amostra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="75"/>
        <source>the sample (counted from 1): the training samples, then the test samples</source>
        <translation>a amostra (contada a partir de 1): as amostras de treino, depois as de teste</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="76"/>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="79"/>
        <source>fit</source>
        <translation>ajustar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="80"/>
        <source>zoom to show the whole network</source>
        <translation>ampliar para mostrar a rede inteira</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="85"/>
        <source>show or hide the graph&apos;s options</source>
        <translation>mostrar ou ocultar as opções do grafo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="88"/>
        <source>edges</source>
        <translation>arestas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="89"/>
        <source> neurons</source>
        <translation> neurônios</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/toolbar.py" line="163"/>
        <source>for networks with at most {limit} edges</source>
        <translation>para redes com no máximo {limit} arestas</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="229"/>
        <source>the presentation scale must be a positive number, not {scale}</source>
        <translation>a escala de apresentação deve ser um número positivo, não {scale}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="267"/>
        <source>unknown colour scaling {mode} (known: {known})</source>
        <translation>escala de cores desconhecida {mode} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="271"/>
        <source>the fixed colour range must be a positive number, not {value}</source>
        <translation>a faixa de cores fixa deve ser um número positivo, não {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="289"/>
        <source>the sample index must be 0 or more, not {index}</source>
        <translation>o índice da amostra deve ser 0 ou mais, não {index}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="585"/>
        <source>
hover a neuron of layer 1 to see its weights w¹ⱼ on the picture</source>
        <translation>
passe o mouse sobre um neurônio da camada 1 para ver seus pesos w¹ⱼ na imagem</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/graph/view.py" line="601"/>
        <source>there is no parameter {index} to edit</source>
        <translation>não há parâmetro {index} para editar</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../nnviz/gui/shell/language_menu.py" line="20"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/language_menu.py" line="29"/>
        <source>Show nnviz in {language}</source>
        <translation>Mostrar o nnviz em {language}</translation>
    </message>
</context>
<context>
    <name>LectureMode</name>
    <message>
        <location filename="../../nnviz/gui/shell/lecture.py" line="54"/>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="48"/>
        <source>the change gave no network to show</source>
        <translation>a mudança não produziu nenhuma rede para mostrar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="50"/>
        <source>the network&apos;s parameters θ are not all finite numbers</source>
        <translation>os parâmetros θ da rede não são todos números finitos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="91"/>
        <source>Cannot show step {number} of the lesson</source>
        <translation>Não é possível mostrar o passo {number} da lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="102"/>
        <source>This is the lesson&apos;s last step.</source>
        <translation>Este é o último passo da lição.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="103"/>
        <source>This is the lesson&apos;s start.</source>
        <translation>Este é o início da lição.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="129"/>
        <source>{lesson}: there is no step {number} (the lesson has {count})</source>
        <translation>{lesson}: não há passo {number} (a lição tem {count})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="144"/>
        <source>{lesson}: step {number}: {kind}: {error}</source>
        <translation>{lesson}: passo {number}: {kind}: {error}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="177"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Passo {number} de {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="179"/>
        <source>Lesson: {title}</source>
        <translation>Lição: {title}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="183"/>
        <source>convergence</source>
        <translation>convergência</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="185"/>
        <source>accuracy ≥ {value}</source>
        <translation>acurácia ≥ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="187"/>
        <source>loss ≤ {value}</source>
        <translation>perda ≤ {value}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="190"/>
        <source>Not reached: {goal} within {steps} training steps.</source>
        <translation>Não alcançado: {goal} em até {steps} passos de treinamento.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="224"/>
        <source>Nothing to save yet</source>
        <translation>Ainda não há nada para salvar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="225"/>
        <source>Wait for the network to appear.</source>
        <translation>Aguarde a rede aparecer.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="229"/>
        <source>Save as lesson</source>
        <translation>Salvar como lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="231"/>
        <source>Lessons (*.toml)</source>
        <translation>Lições (*.toml)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="241"/>
        <source>Cannot save the lesson</source>
        <translation>Não é possível salvar a lição</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/lesson_player.py" line="243"/>
        <source>Saved the lesson (step {step}&apos;s weights) to {path}</source>
        <translation>Lição salva (pesos do passo {step}) em {path}</translation>
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
        <translation>Procurar em:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="51"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do arquivo:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="52"/>
        <source>Files of type:</source>
        <translation>Arquivos do tipo:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="53"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="54"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="55"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="56"/>
        <source>Save As</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="57"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="58"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="59"/>
        <source>Parent Directory</source>
        <translation>Pasta superior</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="60"/>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="61"/>
        <source>List View</source>
        <translation>Exibição em lista</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="62"/>
        <source>Detail View</source>
        <translation>Exibição detalhada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="63"/>
        <source>All Files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="64"/>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="65"/>
        <source>&amp;Choose</source>
        <translation>Es&amp;colher</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../nnviz/gui/language.py" line="66"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="67"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="68"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="69"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="70"/>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
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
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="39"/>
        <source>Save All</source>
        <translation>Salvar tudo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="40"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="41"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="43"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="44"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="45"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="46"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="47"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="48"/>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/language.py" line="49"/>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="40"/>
        <source>race optimizers</source>
        <translation>corrida de otimizadores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="41"/>
        <source>race learning rates</source>
        <translation>corrida de taxas de aprendizado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="42"/>
        <source>race batch sizes</source>
        <translation>corrida de tamanhos de lote</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="43"/>
        <source>Racing optimizers</source>
        <translation>Corrida de otimizadores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="44"/>
        <source>Racing learning rates</source>
        <translation>Corrida de taxas de aprendizado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="45"/>
        <source>Racing batch sizes</source>
        <translation>Corrida de tamanhos de lote</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="46"/>
        <source>Optimizers</source>
        <translation>Otimizadores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="47"/>
        <source>Learning rates</source>
        <translation>Taxas de aprendizado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="48"/>
        <source>Batch sizes</source>
        <translation>Tamanhos de lote</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="111"/>
        <source>unknown race {compare!r} (known: {known})</source>
        <translation>corrida desconhecida {compare!r} (conhecidas: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="117"/>
        <source>race: unknown optimizer {name!r} (known: {known})</source>
        <translation>corrida: otimizador desconhecido {name!r} (conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="121"/>
        <source>race: give at least one learning rate</source>
        <translation>corrida: informe pelo menos uma taxa de aprendizado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="122"/>
        <source>race: give at least one batch</source>
        <translation>corrida: informe pelo menos um lote</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="124"/>
        <source>race: at most {most} values, not {count}</source>
        <translation>corrida: no máximo {most} valores, não {count}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="130"/>
        <source>race: a learning rate must be a positive number, not {value!r}</source>
        <translation>corrida: a taxa de aprendizado deve ser um número positivo, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="138"/>
        <source>race: a batch is &quot;full&quot;, &quot;stochastic&quot; or a size m ≥ 1, not {value!r}</source>
        <translation>corrida: um lote é &quot;full&quot;, &quot;stochastic&quot; ou um tamanho m ≥ 1, não {value!r}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="141"/>
        <source>race: each value once</source>
        <translation>corrida: cada valor uma só vez</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="157"/>
        <source>race: {part!r} is not a number</source>
        <translation>corrida: {part!r} não é um número</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="172"/>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="197"/>
        <source>full batch</source>
        <translation>lote completo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="174"/>
        <source>one sample (SGD)</source>
        <translation>uma amostra (SGD)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="175"/>
        <source>batch {size}</source>
        <translation>lote {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="199"/>
        <source>one sample per step</source>
        <translation>uma amostra por passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="201"/>
        <source>batches of {size}</source>
        <translation>lotes de {size}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="204"/>
        <source>{optimizer}, η = {rate}; a step sees m samples</source>
        <translation>{optimizer}, η = {rate}; um passo vê m amostras</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="206"/>
        <source>; C(w) with each path</source>
        <translation>; C(w) com cada caminho</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="208"/>
        <source>; the paths on the map of C</source>
        <translation>; os caminhos no mapa de C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="212"/>
        <source>{what} ({fixed}) from one start θ₀: {cost} over all training samples after each step{where}</source>
        <translation>{what} ({fixed}) a partir de um mesmo início θ₀: {cost} sobre todas as amostras de treino após cada passo{where}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="247"/>
        <source>diverged at step {step}: C grew past {limit}</source>
        <translation>divergiu no passo {step}: C passou de {limit}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="264"/>
        <source>the race compares gradient-descent settings; this problem trains with the perceptron rule</source>
        <translation>a corrida compara configurações de descida do gradiente; este problema treina com a regra do perceptron</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison.py" line="270"/>
        <source>the start has {start} parameters, the network {network}</source>
        <translation>o início tem {start} parâmetros, a rede {network}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="75"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="73"/>
        <source>log loss</source>
        <translation>perda em escala log</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="76"/>
        <source>the loss curves on a logarithmic axis</source>
        <translation>as curvas de perda em eixo logarítmico</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="78"/>
        <source>per epoch</source>
        <translation>por época</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="79"/>
        <source>the loss curves against passes over the training set (a step with a batch of m samples is m/n of an epoch), not steps</source>
        <translation>as curvas de perda em função das passagens pelo conjunto de treino (um passo com um lote de m amostras é m/n de uma época), não dos passos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="343"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="344"/>
        <location filename="../../nnviz/gui/views/race/tracks.py" line="86"/>
        <source>step t</source>
        <translation>passo t</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="358"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="56"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="132"/>
        <source>final {cost}</source>
        <translation>{cost} final</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="360"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="133"/>
        <source>{cost} at step {step}</source>
        <translation>{cost} no passo {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="381"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="145"/>
        <source>{label}  (diverged at step {step})</source>
        <translation>{label}  (divergiu no passo {step})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/comparison_tracks.py" line="391"/>
        <location filename="../../nnviz/gui/views/race/table.py" line="150"/>
        <source>diverged at step {step}</source>
        <translation>divergiu no passo {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="90"/>
        <source>choose two different parameters in 0..{last}, not ({i}, {j})</source>
        <translation>escolha dois parâmetros diferentes em 0..{last}, não ({i}, {j})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="97"/>
        <location filename="../../nnviz/gui/views/race/view.py" line="367"/>
        <source>steps must lie in 1..{most}, not {steps}</source>
        <translation>os passos devem estar em 1..{most}, não {steps}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="119"/>
        <source>unknown optimizer {name!r} (known: {known})</source>
        <translation>otimizador desconhecido {name!r} (conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/settings.py" line="128"/>
        <source>the start must be two finite numbers, not ({x}, {y})</source>
        <translation>o início deve ser dois números finitos, não ({x}, {y})</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="35"/>
        <source>learning rate η</source>
        <translation>taxa de aprendizado η</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="55"/>
        <source>optimizer</source>
        <translation>otimizador</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="71"/>
        <source>same η for all</source>
        <translation>mesmo η para todos</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/table.py" line="74"/>
        <source>the loss plot on a logarithmic axis</source>
        <translation>o gráfico de perda em eixo logarítmico</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="103"/>
        <source>what races: optimizers on a surface, or learning rates or batch sizes on the current problem</source>
        <translation>o que corre: otimizadores numa superfície, ou taxas de aprendizado ou tamanhos de lote no problema atual</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="108"/>
        <source>the values that race, separated by commas: learning rates (0.01, 0.1, 0.25), or batches (full, 10, stochastic)</source>
        <translation>os valores que correm, separados por vírgulas: taxas de aprendizado (0.01, 0.1, 0.25) ou lotes (full, 10, stochastic)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="116"/>
        <source>the network: C over two parameters</source>
        <translation>a rede: C sobre dois parâmetros</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="117"/>
        <source>the function the optimizers minimise</source>
        <translation>a função que os otimizadores minimizam</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="120"/>
        <source>the network&apos;s parameter on the {axis} axis</source>
        <translation>o parâmetro da rede no eixo {axis}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="123"/>
        <source>steps </source>
        <translation>passos </translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="124"/>
        <source>how many steps every optimizer takes</source>
        <translation>quantos passos cada otimizador dá</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="127"/>
        <location filename="../../nnviz/gui/views/race/view.py" line="475"/>
        <source>▶ Play</source>
        <translation>▶ Executar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="128"/>
        <source>show the race step by step</source>
        <translation>mostrar a corrida passo a passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="129"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="130"/>
        <source>one more step of every optimizer</source>
        <translation>mais um passo de cada otimizador</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="131"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="132"/>
        <source>back to the start p₀</source>
        <translation>voltar ao início p₀</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="471"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausar</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="561"/>
        <source>the race of learning rates or batch sizes needs a problem: open a lesson or start training first</source>
        <translation>a corrida de taxas de aprendizado ou tamanhos de lote precisa de um problema: abra uma lição ou comece o treinamento antes</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="582"/>
        <source>the network surface needs a network: start training first</source>
        <translation>a superfície da rede precisa de uma rede: comece o treinamento antes</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="584"/>
        <source>the network surface needs the training data</source>
        <translation>a superfície da rede precisa dos dados de treino</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="587"/>
        <source>a one-parameter network has no plane to race on</source>
        <translation>uma rede de um parâmetro não tem plano para a corrida</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="672"/>
        <source>{cost} over two parameters of the network (the others as when chosen)</source>
        <translation>{cost} sobre dois parâmetros da rede (os outros como quando escolhidos)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="678"/>
        <source>  (× = minimum)</source>
        <translation>  (× = mínimo)</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="679"/>
        <source>  Click the map to start the race from another point.</source>
        <translation>  Clique no mapa para começar a corrida de outro ponto.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="681"/>
        <source>{what}.  Step {step} of {last}.{click}</source>
        <translation>{what}.  Passo {step} de {last}.{click}</translation>
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
        <translation>executando</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="14"/>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="16"/>
        <source>loss C</source>
        <translation>perda C</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="16"/>
        <source>loss L</source>
        <translation>perda L</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="17"/>
        <source>error rate</source>
        <translation>taxa de erro</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="28"/>
        <location filename="../../nnviz/gui/shell/status.py" line="57"/>
        <source>step {step}</source>
        <translation>passo {step}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="29"/>
        <location filename="../../nnviz/gui/shell/status.py" line="58"/>
        <source>epoch {epoch}</source>
        <translation>época {epoch}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="30"/>
        <source>loss –</source>
        <translation>perda –</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="31"/>
        <source>accuracy –</source>
        <translation>acurácia –</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="64"/>
        <source>{cost} {train} · test {test}</source>
        <translation>{cost} {train} · teste {test}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="72"/>
        <source>accuracy {train}</source>
        <translation>acurácia {train}</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/status.py" line="75"/>
        <source>accuracy {train} · test {test}</source>
        <translation>acurácia {train} · teste {test}</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../nnviz/gui/views/race/view.py" line="59"/>
        <location filename="../../nnviz/gui/views/registry.py" line="16"/>
        <source>Optimizer race</source>
        <translation>Corrida de otimizadores</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="11"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="12"/>
        <source>Step-through</source>
        <translation>Passo a passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="13"/>
        <source>Decision boundary</source>
        <translation>Fronteira de decisão</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="14"/>
        <source>Loss surface</source>
        <translation>Superfície de perda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="15"/>
        <source>Hidden feature space</source>
        <translation>Espaço de características oculto</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="17"/>
        <source>Loss curve</source>
        <translation>Curva de perda</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="18"/>
        <source>Computational graph</source>
        <translation>Grafo computacional</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="19"/>
        <source>Neuron curve</source>
        <translation>Curva do neurônio</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="20"/>
        <source>Digit</source>
        <translation>Dígito</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="21"/>
        <source>First-layer weights</source>
        <translation>Pesos da primeira camada</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/views/registry.py" line="22"/>
        <source>Confusion matrix</source>
        <translation>Matriz de confusão</translation>
    </message>
</context>
<context>
    <name>WalkRouter</name>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="33"/>
        <source>The step-through is at its first term.</source>
        <translation>O passo a passo está no primeiro termo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="34"/>
        <source>The step-through is at its last term.</source>
        <translation>O passo a passo está no último termo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="35"/>
        <source>The step-through is at its first step.</source>
        <translation>O passo a passo está no primeiro passo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="36"/>
        <source>The step-through is at its last step.</source>
        <translation>O passo a passo está no último passo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="37"/>
        <source>The step-through is at its first neuron.</source>
        <translation>O passo a passo está no primeiro neurônio.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="38"/>
        <source>The step-through is at its last neuron.</source>
        <translation>O passo a passo está no último neurônio.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="39"/>
        <source>The step-through is at its first phase.</source>
        <translation>O passo a passo está na primeira fase.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="40"/>
        <source>The step-through is at its last phase.</source>
        <translation>O passo a passo está na última fase.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="80"/>
        <source>No network to step through yet: wait for it to appear, then try again.</source>
        <translation>Ainda não há rede para o passo a passo: aguarde ela aparecer e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="87"/>
        <source>Cannot step through that sample</source>
        <translation>Não é possível fazer o passo a passo dessa amostra</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="94"/>
        <source>Stepping through {sample} ({steps} steps); training is paused.</source>
        <translation>Passo a passo de {sample} ({steps} passos); o treinamento está pausado.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="107"/>
        <source>No step-through is open: choose a sample and open it first.</source>
        <translation>Nenhum passo a passo aberto: escolha uma amostra e abra-o primeiro.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="112"/>
        <source>Cannot move the step-through</source>
        <translation>Não é possível mover o passo a passo</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="130"/>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="136"/>
        <source>Cannot apply the update</source>
        <translation>Não é possível aplicar a atualização</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="131"/>
        <source>there is no training to apply it to</source>
        <translation>não há treinamento ao qual aplicá-la</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="134"/>
        <source>the update</source>
        <translation>a atualização</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="142"/>
        <source>Applied the update: the next step-through starts from the new weights.</source>
        <translation>Atualização aplicada: o próximo passo a passo começa dos novos pesos.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="145"/>
        <source>Applied the update of {sample}: the next step-through starts from the new weights.</source>
        <translation>Atualização de {sample} aplicada: o próximo passo a passo começa dos novos pesos.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="152"/>
        <source>New data: the step-through closed.</source>
        <translation>Novos dados: o passo a passo foi fechado.</translation>
    </message>
    <message>
        <location filename="../../nnviz/gui/shell/walk_router.py" line="158"/>
        <source>The network changed: the step-through closed.</source>
        <translation>A rede mudou: o passo a passo foi fechado.</translation>
    </message>
</context>
</TS>
